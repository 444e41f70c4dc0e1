import { error, redirect } from '@sveltejs/kit';
import {
  ReferenceDocument,
  ThreadAddCommentDocument,
  ThreadCommentForEditDocument,
  ThreadUpdateCommentDocument,
  ThreadUpdateDocument,
  ThreadFollowDocument,
  ThreadPageDocument,
  ThreadUnfollowDocument,
  ThreadVoteCommentDocument,
  type CommentVote,
} from '$lib/graphql/generated';
import { translate } from '$lib/i18n';
import { ApiError, graphql, rethrowAsHttpError } from '$lib/server/api';
import { apiFailure, checkLengths, invalid, requireSignIn, text } from '$lib/server/forms';
import { areaChoices, categoryChoices, idOrNull } from '$lib/reference';
import { flagAction, moderateAction } from '$lib/server/safety';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** AddCommentInput and UpdateThreadInput in apps/api/schema.gql. */
const COMMENT_BODY = { max: 5_000 };
const THREAD_TITLE = { min: 5, max: 200 };
const THREAD_BODY = { max: 20_000 };
const VOTES: readonly CommentVote[] = ['AGREE', 'DISAGREE', 'PASS', 'NONE'];
const DESCRIPTION_LENGTH = 200;

export const load: PageServerLoad = async ({ params, url, locals }) => {
  const id = idOrNull(params.id);
  if (!id) error(404, { message: translate(locals.locale, 'error.notFound.title'), code: 'NOT_FOUND' });

  let thread;
  try {
    // ?comment=<id> (links to one comment, e.g. from a summary): the page of comments that holds it.
    const after = url.searchParams.get('after') || null;
    const around = after ? null : url.searchParams.get('comment') || null;
    ({ thread } = await graphql(ThreadPageDocument, { id, after, around }, { token: locals.sessionToken }));
  } catch (err) {
    // A comment page link from another thread, or a mangled one: show the first page instead.
    if (err instanceof ApiError && err.code === 'BAD_USER_INPUT' && (err.field === 'after' || err.field === 'around')) redirect(303, url.pathname);
    rethrowAsHttpError(err);
  }
  if (!thread) error(404, { message: translate(locals.locale, 'error.notFound.title'), code: 'NOT_FOUND' });

  const { comments, ...rest } = thread;
  const viewer = locals.viewer;
  const seesHidden = viewer?.role === 'MODERATOR' || viewer?.role === 'ADMIN';
  return {
    editing: viewer ? await commentToEdit(url, locals) : null,
    // Moderators may move the discussion: they need the places it can go.
    moderation: seesHidden ? await moveChoices(locals) : null,
    thread: rest,
    // What a moderator hid stays out of the page's data too, not only out of its text, unless the reader may see it.
    comments: comments.edges.map(({ node }) =>
      node.hidden && !seesHidden && node.author.id !== viewer?.id ? { ...node, bodyHtml: '' } : node,
    ),
    commentPage: { ...comments.pageInfo, totalCount: comments.totalCount },
    description: summary(thread.body) || translate(locals.locale, 'threads.list.intro'),
  };
};

/** `?edit=<comment>`: the reader's own comment, in Markdown, for its edit box. */
async function commentToEdit(url: URL, locals: App.Locals): Promise<{ id: string; body: string } | null> {
  const id = idOrNull(url.searchParams.get('edit'));
  if (!id) return null;
  const { comment } = await graphql(ThreadCommentForEditDocument, { id }, { token: locals.sessionToken });
  return comment && !comment.deleted && comment.author.id === locals.viewer?.id ? { id: comment.id, body: comment.body } : null;
}

async function moveChoices(locals: App.Locals) {
  const { areas, categories } = await graphql(ReferenceDocument, {}, { token: locals.sessionToken });
  return { areas: areaChoices(areas, locals.locale), categories: categoryChoices(categories, locals.locale) };
}

/** A short plain-text summary for link previews (WhatsApp, Facebook): the Markdown marks dropped, one line. */
function summary(markdown: string): string {
  const plain = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_~`>#|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...plain];
  return chars.length > DESCRIPTION_LENGTH ? `${chars.slice(0, DESCRIPTION_LENGTH - 1).join('').trimEnd()}…` : plain;
}

/** Back to the page after a write, on the same page of comments, at the thing written. */
function backTo(url: URL, anchor?: string): string {
  const after = url.searchParams.get('after');
  return `${url.pathname}${after ? `?after=${encodeURIComponent(after)}` : ''}${anchor ? `#${anchor}` : ''}`;
}

async function follow(event: RequestEvent, following: boolean) {
  const { locals, url, params } = event;
  requireSignIn(locals, url);
  try {
    const variables = { threadId: params.id };
    const options = { token: locals.sessionToken };
    if (following) await graphql(ThreadFollowDocument, variables, options);
    else await graphql(ThreadUnfollowDocument, variables, options);
  } catch (err) {
    return apiFailure(locals.locale, err, {}, 'follow');
  }
  redirect(303, backTo(url, 'follow'));
}

export const actions: Actions = {
  /** A comment on the thread, or a reply to a comment when `parentId` is given. */
  comment: async ({ request, locals, url, params }) => {
    requireSignIn(locals, url);
    const form = await request.formData();
    const values = { body: text(form, 'body'), parentId: text(form, 'parentId') };
    const parentId = idOrNull(values.parentId);
    const formName = parentId ? `reply-${parentId}` : 'comment';
    const fields = checkLengths(locals.locale, values, { body: COMMENT_BODY });
    if (Object.keys(fields).length > 0) return invalid(locals.locale, fields, values, formName);

    let id: string;
    try {
      const { addComment } = await graphql(
        ThreadAddCommentDocument,
        { input: { threadId: params.id, body: values.body, parentId } },
        { token: locals.sessionToken },
      );
      id = addComment.id;
    } catch (err) {
      return apiFailure(locals.locale, err, values, formName);
    }
    redirect(303, backTo(url, `comment-${id}`));
  },

  /** Agree, disagree or pass; NONE takes the vote back. */
  vote: async ({ request, locals, url }) => {
    requireSignIn(locals, url);
    const form = await request.formData();
    const commentId = idOrNull(text(form, 'commentId'));
    const value = text(form, 'value') as CommentVote;
    if (!commentId || !VOTES.includes(value)) return invalid(locals.locale, {}, {}, `vote-${commentId ?? ''}`);
    try {
      await graphql(ThreadVoteCommentDocument, { commentId, value }, { token: locals.sessionToken });
    } catch (err) {
      return apiFailure(locals.locale, err, {}, `vote-${commentId}`);
    }
    redirect(303, backTo(url, `comment-${commentId}`));
  },

  /** The author rewrites their comment (e.g. to take out a phone number it was held for). */
  edit: async ({ request, locals, url }) => {
    requireSignIn(locals, url);
    const form = await request.formData();
    const commentId = idOrNull(text(form, 'commentId'));
    const values = { body: text(form, 'body') };
    const name = `edit-${commentId ?? ''}`;
    if (!commentId) return invalid(locals.locale, {}, values, name);
    const fields = checkLengths(locals.locale, values, { body: COMMENT_BODY });
    if (Object.keys(fields).length > 0) return invalid(locals.locale, fields, values, name);
    try {
      await graphql(ThreadUpdateCommentDocument, { input: { commentId, body: values.body } }, { token: locals.sessionToken });
    } catch (err) {
      return apiFailure(locals.locale, err, values, name);
    }
    redirect(303, backTo(url, `comment-${commentId}`));
  },

  /** The author rewrites the discussion's title and text (e.g. to take out personal data it was held for). */
  editThread: async ({ request, locals, url, params }) => {
    requireSignIn(locals, url);
    const form = await request.formData();
    const values = { title: text(form, 'title'), body: text(form, 'body') };
    const fields = checkLengths(locals.locale, values, { title: THREAD_TITLE, body: THREAD_BODY });
    if (Object.keys(fields).length > 0) return invalid(locals.locale, fields, values, 'editThread');
    try {
      await graphql(ThreadUpdateDocument, { input: { threadId: params.id, title: values.title, body: values.body } }, { token: locals.sessionToken });
    } catch (err) {
      return apiFailure(locals.locale, err, values, 'editThread');
    }
    redirect(303, backTo(url, 'thread-title'));
  },

  flag: flagAction,
  moderate: (event) => moderateAction(event, (targetId) => backTo(event.url, targetId === event.params.id ? 'thread-title' : `comment-${targetId}`)),

  follow: (event) => follow(event, true),
  unfollow: (event) => follow(event, false),
};
