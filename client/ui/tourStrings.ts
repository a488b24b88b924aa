// The guided tours' interface words in English and Simplified Chinese (loaded with the tour code, not at start-up).
import type { ErrorCode } from "../../common/messageTypes";
import type { Lang } from "../../common/sceneParts";
import { wordsOf, type StringTable } from "./strings";
import type { ApiProblem } from "../net/tourApi";

export const TOUR_STRINGS = {
  tours: { en: "Guided tours", zh: "导览" },
  tourCode: { en: "Tour code (from your guide)", zh: "导览码（向导游索取）" },
  tourCodePlaceholder: { en: "e.g. K7QM3D", zh: "例如 K7QM3D" },
  liveTours: { en: "Tours under way now", zh: "正在进行的导览" },
  noLiveTours: { en: "No tour is under way right now.", zh: "目前没有正在进行的导览。" },
  members: { en: "visitors", zh: "位游客" },
  stopOf: { en: "Stop {n} of {m}", zh: "第 {n} 站，共 {m} 站" },
  imGuide: { en: "I am a guide: sign in", zh: "我是导游：登录" },
  guideName: { en: "Guide name", zh: "导游名" },
  password: { en: "Password", zh: "密码" },
  signedInAs: { en: "Signed in as guide {name}", zh: "已作为导游 {name} 登录" },
  signOut: { en: "Sign out", zh: "退出登录" },
  // Entry errors.
  "wrong-password": { en: "Wrong guide name or password.", zh: "导游名或密码错误。" },
  "rate-limited": {
    en: "Too many sign-in attempts: try again in {s} seconds.",
    zh: "登录尝试次数过多，请 {s} 秒后再试。",
  },
  "no-such-tour": {
    en: "There is no tour with this code right now: check it with your guide.",
    zh: "目前没有使用此导览码的导览，请向导游核对。",
  },
  "tour-full": { en: "This tour is full: please ask your guide.", zh: "此导览已满员，请联系导游。" },
  "signed-out": { en: "Your guide sign-in has expired: sign in again.", zh: "导游登录已过期，请重新登录。" },
  forbidden: { en: "Only the plan's author may change it.", zh: "只有路线的作者可以修改它。" },
  invalid: { en: "The museum refused this: {detail}", zh: "博物馆未接受此操作，请检查填写的内容。" },
  unreachable: { en: "The museum server cannot be reached.", zh: "无法连接博物馆服务器。" },
  failed: { en: "Something went wrong on the server: try again.", zh: "服务器出错，请重试。" },
  needPassword: { en: "Enter your guide name and password.", zh: "请输入导游名和密码。" },
  // The tour panel.
  tourWith: { en: "Tour with {guide}", zh: "{guide} 的导览" },
  guideAway: { en: "The guide's connection dropped: the tour waits for them.", zh: "导游连接中断，导览暂停等候。" },
  stopElsewhere: { en: "This stop is in another hall.", zh: "这一站在另一个展厅。" },
  readAll: { en: "Full narration", zh: "完整讲解" },
  raiseHand: { en: "✋ Raise hand", zh: "✋ 举手" },
  lowerHand: { en: "✋ Lower hand", zh: "✋ 放下手" },
  toGuide: { en: "Take me to the guide", zh: "带我到导游身边" },
  leave: { en: "Leave the tour", zh: "离开导览" },
  followAsk: { en: "The guide asks the group to follow.", zh: "导游请大家跟随。" },
  follow: { en: "Follow", zh: "跟随" },
  noThanks: { en: "No, thanks", zh: "不用了" },
  following: { en: "Following the guide: move to walk on your own.", zh: "正在跟随导游：自行移动即可停止跟随。" },
  locked: { en: "Please stay within {r} m of this stop.", zh: "请留在本站 {r} 米范围内。" },
  listen: { en: "▶ Listen", zh: "▶ 收听" },
  tourEnded: {
    en: "The tour has ended. Thank you for joining! You can keep visiting.",
    zh: "导览已结束，感谢参加！您可以继续自由参观。",
  },
  tourRemoved: {
    en: "The guide removed you from the tour. You can keep visiting.",
    zh: "导游已将您移出导览团，您可以继续自由参观。",
  },
  tourLeft: { en: "You left the tour. You can keep visiting.", zh: "您已离开导览，可以继续自由参观。" },
  guideGone: { en: "The guide could not come back, so the tour has ended.", zh: "导游未能返回，导览已结束。" },
  dismiss: { en: "Dismiss", zh: "关闭" },
  announcement: { en: "From your guide", zh: "导游通知" },
  // Refusals of tour messages (common/messageTypes.ts ErrorCode).
  "not-guide": { en: "Only the tour's guide can do that.", zh: "只有本导览的导游可以这样做。" },
  "not-moderator": { en: "Only a moderator can do that.", zh: "只有管理员可以这样做。" },
  "not-in-tour": { en: "You are not in a tour.", zh: "您不在导览中。" },
  "in-tour": { en: "You are already in a tour.", zh: "您已在导览中。" },
  "tour-elsewhere": {
    en: "That tour is in another part of the museum: use its link.",
    zh: "该导览在博物馆的另一处，请使用导览链接。",
  },
  "no-such-stop": { en: "There is no such stop.", zh: "没有这一站。" },
  "no-such-plan": { en: "There is no such tour plan.", zh: "没有这条导览路线。" },
  "invalid-plan": {
    en: "The plan does not fit the museum: {detail}",
    zh: "路线与博物馆不符：请检查各站的展厅、地标和展品是否存在，位置是否可以站立。",
  },
  "no-such-member": { en: "That visitor is no longer in the tour.", zh: "该游客已不在导览中。" },
  "not-now": { en: "Not possible right now: {detail}", zh: "此操作暂时无法进行，请稍后再试。" },
  "invalid-message": { en: "The museum did not understand that: {detail}", zh: "博物馆无法识别该操作。" },
  "unknown-message": { en: "The museum did not understand that.", zh: "博物馆无法识别该操作。" },
  "unknown-scene": { en: "There is no such place.", zh: "没有这个地方。" },
  "too-soon": { en: "One moment, please: try that again in a second or two.", zh: "请稍候，一两秒后再试。" },
  "locked-scene": { en: "The guide has asked the group to stay at this stop.", zh: "导游请大家留在本站。" },
} satisfies StringTable;

export type TourStringKey = keyof typeof TOUR_STRINGS;

/** A tour string with {placeholders} filled in. */
export const tt = wordsOf(TOUR_STRINGS);

/** A REST failure in the visitor's words. */
export function apiProblemText(problem: ApiProblem, lang: Lang, detail: string, retryAfter?: number): string {
  return tt(problem, lang, { s: retryAfter ?? 60, detail });
}

/**
 * A refused tour message in the visitor's words, chosen by its error code. The server's detail is English: it is
 * kept in the English sentence where it says more, and never inserted into a Chinese one (whose text stands alone).
 */
export function refusalText(code: ErrorCode, type: string, lang: Lang, detail: string): string {
  if (code === "locked") return tt("locked-scene", lang);
  if (code === "rate-limited") return tt("failed", lang);
  return Object.hasOwn(TOUR_STRINGS, code) ? tt(code as TourStringKey, lang, { detail }) : tt("failed", lang);
}
