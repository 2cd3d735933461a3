import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { DomainError } from './domain-error';
import { PROBLEM_CONTENT_TYPE, problemType, ProblemView } from './problem';

interface Rendered {
  body: ProblemView;
  headers?: Record<string, string>;
}

const codeForStatus: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
};

/** body-parser marks its failures with `type`; these are the client's fault and say so. */
const bodyParserCodes: Record<string, { code: string; detail: string }> = {
  'entity.parse.failed': { code: 'malformed_json', detail: 'The body is not valid JSON.' },
  'entity.too.large': { code: 'payload_too_large', detail: 'The body is larger than the server accepts.' },
  'encoding.unsupported': { code: 'unsupported_encoding', detail: 'The body uses an unsupported charset.' },
  'charset.unsupported': { code: 'unsupported_encoding', detail: 'The body uses an unsupported charset.' },
  'request.aborted': { code: 'request_aborted', detail: 'The client closed the request.' },
};

/**
 * Renders every failure as RFC 9457 problem details. Anything that is not a DomainError or an
 * HttpException is a bug: it is logged with its stack and answered as a bare 500.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const { body, headers } = this.render(exception, request);
    body.instance = request.id ? String(request.id) : undefined;
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private render(exception: unknown, request: Request): Rendered {
    if (exception instanceof DomainError) {
      return {
        body: problem(exception.status, exception.code, exception.title, exception.message, exception.errors),
        headers: exception.headers,
      };
    }
    if (exception instanceof ThrottlerException) {
      return { body: problem(429, 'rate_limited', 'Too many requests', 'Slow down and retry later.') };
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return { body: this.fromHttpException(exception, request) };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return {
      body: problem(500, 'internal_error', 'Internal server error', 'Something went wrong on our side; it was logged.'),
    };
  }

  private fromHttpException(exception: HttpException, request: Request): ProblemView {
    const status = exception.getStatus();
    const causeType = (exception.cause as { type?: string } | undefined)?.type;
    const parser = causeType ? bodyParserCodes[causeType] : undefined;
    if (parser) return problem(status, parser.code, titleFor(status), parser.detail);
    if (status === HttpStatus.NOT_FOUND) {
      return problem(404, 'route_not_found', 'Not found', `No route matches ${request.method} ${request.path}.`);
    }
    const code = codeForStatus[status] ?? 'http_error';
    return problem(status, code, titleFor(status), exception.message);
  }
}

function titleFor(status: number): string {
  const title = codeForStatus[status] ?? 'http_error';
  return title.charAt(0).toUpperCase() + title.slice(1).replace(/_/g, ' ');
}

function problem(status: number, code: string, title: string, detail?: string, errors?: ProblemView['errors']): ProblemView {
  const body: ProblemView = { type: problemType(code), title, status, code };
  if (detail) body.detail = detail;
  if (errors?.length) body.errors = errors;
  return body;
}
