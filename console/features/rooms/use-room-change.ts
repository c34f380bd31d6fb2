import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, ApiError } from '../../api/client';

/**
 * One change to a room: the body is checked with the request's shared schema first (the hub
 * checks the same again), so a malformed form says so without a round trip and sends nothing.
 * After it succeeds the room's cached parts are read again. `ok` is the line the form shows.
 */
export function useRoomChange<S extends z.ZodType, R extends z.ZodType>(options: {
  path: () => string;
  request: S;
  answer: R;
  siteId: string | null;
  done: string;
}) {
  const client = useQueryClient();
  const [ok, setOk] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: z.input<S>) => {
      if (!options.request.safeParse(body).success)
        return Promise.reject(new ApiError('bad_request', 400));
      return api.post(options.path(), options.answer, body);
    },
    onMutate: () => setOk(null),
    onSuccess: () => {
      setOk(options.done);
      void client.invalidateQueries({
        queryKey: options.siteId === null ? ['rooms'] : ['rooms', options.siteId],
      });
      if (options.siteId !== null)
        void client.invalidateQueries({ queryKey: ['rooms'], exact: true });
    },
  });
  return { mutation, ok };
}
