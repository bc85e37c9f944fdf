// Errors the API answers with: a status and a Chinese message (the app shows it as it is).
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly details?: unknown) {
    super(message);
  }
}

export const notFound = () => new ApiError(404, '没有找到，或无权查看');
export const forbidden = (what: string) => new ApiError(403, what);
export const badRequest = (what: string) => new ApiError(400, what);
