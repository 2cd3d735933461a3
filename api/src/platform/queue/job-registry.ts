import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { JOB_HANDLER, JobContext, queueOf } from './job-handler.decorator';

export type Handler = (payload: unknown, context: JobContext) => Promise<unknown>;

/** Finds every `@JobHandler` at start, so both run modes dispatch to exactly the same code. */
@Injectable()
export class JobRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, Handler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const topic = this.reflector.get<string | undefined>(JOB_HANDLER, fn as () => unknown);
        if (!topic) continue;
        if (this.handlers.has(topic)) throw new Error(`two handlers for job topic ${topic}`);
        this.handlers.set(topic, (payload, context) => (fn as Handler).call(instance, payload, context));
      }
    }
  }

  handler(topic: string): Handler | undefined {
    return this.handlers.get(topic);
  }

  topics(): string[] {
    return [...this.handlers.keys()].sort();
  }

  queues(): string[] {
    return [...new Set(this.topics().map(queueOf))];
  }
}
