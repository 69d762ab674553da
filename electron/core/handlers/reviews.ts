import * as reviews from '../services/reviews';
import type { AreaHandlers } from './types';

export const reviewsHandlers: AreaHandlers<'reviews'> = {
  'reviews.list': (_i, { ws }) => reviews.listReviews(ws),
  'reviews.get': ({ id }, { ws }) => reviews.getReviewDetail(ws, id),
  'reviews.create': (input, { ws }) => reviews.createReview(ws, input),
  'reviews.update': (patch, { ws }) => reviews.updateReview(ws, patch),
  'reviews.delete': ({ id, confirm }, { ws }) => (reviews.deleteReview(ws, id, confirm), { ok: true }),
  'reviews.outputAdd': (input, { ws }) => reviews.addOutput(ws, input),
  'reviews.outputUpdate': (patch, { ws }) => reviews.updateOutput(ws, patch),
  'reviews.outputRemove': ({ id }, { ws }) => (reviews.removeOutput(ws, id), { ok: true }),
  'reviews.actionAdd': (input, { ws }) => reviews.addAction(ws, input),
  'reviews.actionUpdate': (patch, { ws }) => reviews.updateAction(ws, patch),
  'reviews.actionRemove': ({ id }, { ws }) => (reviews.removeAction(ws, id), { ok: true }),
  'reviews.signOff': (input, { ws }) => reviews.signOff(ws, input),
};
