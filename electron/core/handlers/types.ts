import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract';
import type { WorkspaceContext } from '../platform';

type Result<M extends MethodName> = MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: WorkspaceContext) => Result<M>;

/** Every contract method has exactly one handler; a missing one is a type error in handlers/index.ts. */
export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers of one area (`context` -> every `context.*` method), each area in its own file. */
export type AreaHandlers<A extends string> = { [M in Extract<MethodName, `${A}.${string}`>]: Handler<M> };

/** The handlers of the methods whose names start with `P` (`competence.resource` -> competence.resourceList ...), where one area is split over files. */
export type PrefixHandlers<P extends string> = { [M in Extract<MethodName, `${P}${string}`>]: Handler<M> };
