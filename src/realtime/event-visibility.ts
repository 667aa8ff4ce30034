import { scopeOfChain, type ScopeChain } from '../domain/scope.js';
import type { AccessEvent } from '../persistence/entities/access-event.entity.js';
import { seeMembersQuestion, seeQuestion, type Question, type ViewerAuthorization } from './batch-authorizer.js';

/** The questions deciding who may receive an event: made once per event, whoever receives it. */
interface EventQuestions {
  readonly see: Question;
  readonly seeMembers: Question;
}

const questionsByEvent = new WeakMap<AccessEvent, EventQuestions>();

function questionsOf(event: AccessEvent, organizationId: string): EventQuestions {
  let questions = questionsByEvent.get(event);
  if (!questions) {
    const chain = chainOfEvent(event, organizationId);
    questions = { see: seeQuestion(scopeOfChain(chain)), seeMembers: seeMembersQuestion(chain) };
    questionsByEvent.set(event, questions);
  }
  return questions;
}

/** The chain of the scope an event is about; an organization-wide event is about the organization. */
export function chainOfEvent(event: AccessEvent, organizationId: string): ScopeChain {
  if (event.environmentId && event.projectId) return { organizationId, projectId: event.projectId, environmentId: event.environmentId };
  if (event.projectId) return { organizationId, projectId: event.projectId };
  return { organizationId };
}

/**
 * Whether a viewer may receive an access event, by the visibility rules as they stand when it is
 * sent: the event's scope must be visible to the viewer, and an event naming a principal (a
 * membership, a role) also needs sight of that scope's members, as the members lists and the
 * audit log do, unless that principal is the viewer. Events outside any organization (API tokens)
 * belong to no organization's feed.
 *
 * `askToReceive` asks the batch's authorizer what `mayReceive` will need, before it settles, and
 * says whether all of it was answered already.
 */
export function askToReceive(viewer: ViewerAuthorization, event: AccessEvent): boolean {
  if (event.organizationId === null) return true;
  const questions = questionsOf(event, event.organizationId);
  const sees = viewer.ask(questions.see);
  return (event.principalId === null || event.principalId === viewer.viewerId || viewer.ask(questions.seeMembers)) && sees;
}

export function mayReceive(viewer: ViewerAuthorization, event: AccessEvent): boolean {
  if (event.organizationId === null) return false;
  const questions = questionsOf(event, event.organizationId);
  if (!viewer.answer(questions.see)) return false;
  return event.principalId === null || event.principalId === viewer.viewerId || viewer.answer(questions.seeMembers);
}
