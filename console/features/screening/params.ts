import { z } from 'zod';
import { StreetId } from '../../../shared/sites';
import { Month } from '../../../shared/stats/month';

/** The screening screens' address parts; a bad one asks the hub, which answers `bad_request`. */
export const StreetParams = z.object({ street: StreetId });
export const MeetingParams = z.object({ street: StreetId, month: Month });
