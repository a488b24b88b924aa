// Text chat and moderation through a real room: scene lines reach the scene and tour lines the tour, abuse is hidden
// in English and Chinese while museum words pass, a burst is paced and the guide's slow mode spaces members' lines, a
// block cuts the chat both ways, reports and every moderation act land in the store's log, a moderator silences and
// removes (by address), a guide removes a member from the tour, and none of it is open to those without the role.
import type { Room as ClientRoom } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ChatMessage,
  ChatNotice,
  type ChatLineMessage,
  type ChatNoticeMessage,
  type ModerationLogMessage,
} from "../../../common/chatWire";
import { CloseCode, ErrorCode, MessageType, TourEndReason } from "../../../common/messageTypes";
import { VoiceMessage } from "../../../common/voiceWire";
import { roundTrip, tourIn } from "../../fixtures/roomClients";
import { expectRefused, inbox, startHarness, tourGroup, type Harness } from "../../fixtures/tourRoomHarness";

function chatBox(r: ClientRoom) {
  const lines: ChatLineMessage[] = [];
  const notices: ChatNoticeMessage[] = [];
  r.onMessage(ChatMessage.Line, (l: ChatLineMessage) => lines.push(l));
  r.onMessage(ChatMessage.Notice, (n: ChatNoticeMessage) => notices.push(n));
  r.onMessage(ChatMessage.Moderated, () => undefined);
  r.onMessage(ChatMessage.Log, () => undefined);
  return { lines, notices, ...inbox(r) };
}

describe("chat and moderation in a room", () => {
  let h: Harness;
  let group: Awaited<ReturnType<typeof tourGroup>>;
  let guide: ClientRoom;
  let ann: ClientRoom;
  let bo: ClientRoom;
  let free: ClientRoom;
  let boxes: Map<ClientRoom, ReturnType<typeof chatBox>>;
  const box = (r: ClientRoom) => boxes.get(r)!;

  beforeAll(async () => {
    h = await startHarness(2);
    await h.store.guides.add("Mei Lin", "a walk along the bund");
    h.store.moderation.setModerator("Mei Lin", true);
    group = await tourGroup(h, 2);
    guide = group.guide;
    [ann, bo] = group.members;
    free = await h.colyseus.sdk.joinById(guide.roomId, { name: "Wanderer", sceneId: "mini" });
    boxes = new Map([guide, ann, bo, free].map((r) => [r, chatBox(r)]));
  }, 30_000);

  afterAll(async () => {
    await free.leave().catch(() => undefined);
    await h.closeAll();
    await h.colyseus.shutdown();
  });

  it("a scene line reaches everyone in the scene; a tour line only the tour", async () => {
    ann.send(ChatMessage.Say, { channel: "scene", text: "  Look at the  clock tower!  " });
    for (const r of [guide, ann, bo, free])
      await vi.waitFor(() => expect(box(r).lines.at(-1)?.text).toBe("Look at the clock tower!"));
    expect(box(free).lines.at(-1)).toMatchObject({ channel: "scene", from: ann.sessionId, name: "Visitor 0" });
    guide.send(ChatMessage.Say, { channel: "tour", text: "海关大楼建于1927年" });
    for (const r of [guide, ann, bo])
      await vi.waitFor(() => expect(box(r).lines.at(-1)?.text).toBe("海关大楼建于1927年"));
    expect(box(ann).lines.at(-1)).toMatchObject({ channel: "tour", guide: true });
    await roundTrip(free);
    expect(box(free).lines.some((l) => l.channel === "tour")).toBe(false);
    free.send(ChatMessage.Say, { channel: "tour", text: "hello?" });
    await expectRefused(box(free), ErrorCode.NotInTour, ChatMessage.Say);
  });

  it("hides abuse in English and Chinese, tells the sender, and lets museum words through", async () => {
    bo.send(ChatMessage.Say, { channel: "scene", text: "this is sh1t, 你他妈的" });
    await vi.waitFor(() => expect(box(ann).lines.at(-1)?.from).toBe(bo.sessionId));
    const seen = box(ann).lines.at(-1)!.text;
    expect(seen).not.toMatch(/sh1t|他妈/);
    expect(seen).toContain("＊");
    await vi.waitFor(() => expect(box(bo).notices.some((n) => n.notice === ChatNotice.Filtered)).toBe(true));
    bo.send(ChatMessage.Say, { channel: "scene", text: "乳白色的大理石外墙，吹箫的仕女" });
    await vi.waitFor(() => expect(box(ann).lines.at(-1)?.text).toBe("乳白色的大理石外墙，吹箫的仕女"));
  });

  it("refuses malformed lines with a reason, and cuts a broken surrogate into a well-formed line", async () => {
    free.send(ChatMessage.Say, { channel: "scene", text: "x".repeat(2000) });
    await expectRefused(box(free), ErrorCode.InvalidMessage, ChatMessage.Say);
    free.send(ChatMessage.Say, { channel: "everyone", text: "hi" });
    await vi.waitFor(() => expect(box(free).errors.filter((e) => e.type === ChatMessage.Say).length).toBe(3));
    free.send(ChatMessage.Say, { channel: "scene", text: "broken \uD83D here" });
    // The client's encoder already turns the lone half into replacement characters; the line arrives well-formed.
    await vi.waitFor(() => expect(box(ann).lines.at(-1)?.text).toMatch(/^broken \uFFFD+ here$/));
  });

  it("a block cuts the chat both ways", async () => {
    bo.send(VoiceMessage.Block, { visitor: free.sessionId, on: true });
    await roundTrip(bo);
    free.send(ChatMessage.Say, { channel: "scene", text: "can you read me?" });
    await vi.waitFor(() => expect(box(ann).lines.at(-1)?.text).toBe("can you read me?"));
    bo.send(ChatMessage.Say, { channel: "scene", text: "only the others read this" });
    await vi.waitFor(() => expect(box(ann).lines.at(-1)?.text).toBe("only the others read this"));
    await roundTrip(free);
    await roundTrip(bo);
    expect(box(bo).lines.some((l) => l.text === "can you read me?")).toBe(false);
    expect(box(free).lines.some((l) => l.text === "only the others read this")).toBe(false);
    bo.send(VoiceMessage.Block, { visitor: free.sessionId, on: false });
  });

  it("paces a burst, and the guide's slow mode spaces a member's tour lines (not the guide's)", async () => {
    for (let i = 0; i < 8; i++) free.send(ChatMessage.Say, { channel: "scene", text: `spam ${i}` });
    await vi.waitFor(() => expect(box(free).notices.some((n) => n.notice === ChatNotice.TooFast)).toBe(true));
    await roundTrip(ann);
    expect(box(ann).lines.filter((l) => l.text.startsWith("spam")).length).toBeLessThan(8);

    ann.send(ChatMessage.Slow, { seconds: 30 });
    await expectRefused(box(ann), ErrorCode.NotGuide, ChatMessage.Slow);
    guide.send(ChatMessage.Slow, { seconds: 7 });
    await expectRefused(box(guide), ErrorCode.InvalidMessage, ChatMessage.Slow);
    guide.send(ChatMessage.Slow, { seconds: 30 });
    await vi.waitFor(() =>
      expect(box(ann).notices.some((n) => n.notice === ChatNotice.SlowMode && n.waitSec === 30)).toBe(true),
    );
    ann.send(ChatMessage.Say, { channel: "tour", text: "first question" });
    ann.send(ChatMessage.Say, { channel: "tour", text: "second question" });
    await vi.waitFor(() => expect(box(guide).lines.at(-1)?.text).toBe("first question"));
    await vi.waitFor(() => expect(box(ann).notices.some((n) => n.notice === ChatNotice.Slowed)).toBe(true));
    expect(box(guide).lines.some((l) => l.text === "second question")).toBe(false);
    guide.send(ChatMessage.Say, { channel: "tour", text: "one" });
    guide.send(ChatMessage.Say, { channel: "tour", text: "two" });
    await vi.waitFor(() => expect(box(ann).lines.at(-1)?.text).toBe("two"));
    guide.send(ChatMessage.Slow, { seconds: 0 });
  });

  it("a report keeps who, whom and the line in the log, which only a moderator reads", async () => {
    const line = box(ann).lines.find((l) => l.from === bo.sessionId && l.text.includes("＊"))!;
    ann.send(ChatMessage.Report, { visitor: bo.sessionId, line: line.id, reason: "abuse" });
    await vi.waitFor(() => expect(box(ann).notices.some((n) => n.notice === ChatNotice.Reported)).toBe(true));
    ann.send(ChatMessage.Report, { visitor: free.sessionId, line: line.id, reason: "abuse" });
    await expectRefused(box(ann), ErrorCode.InvalidMessage, ChatMessage.Report);
    const rows = h.store.moderation.latest();
    expect(rows[0]).toMatchObject({ act: "report", actor: `Visitor 0 (${ann.sessionId})` });
    expect(rows[0].subject).toContain(bo.sessionId);
    expect(rows[0].detail).toContain("abuse: «this is");

    ann.send(ChatMessage.ModLog, {});
    await expectRefused(box(ann), ErrorCode.NotModerator, ChatMessage.ModLog);
    const read = new Promise<ModerationLogMessage>((resolve) => guide.onMessage(ChatMessage.Log, resolve));
    guide.send(ChatMessage.ModLog, {});
    expect((await read).entries[0]).toMatchObject({ act: "report" });
  });

  it("a moderator silences a visitor's chat and lifts it; the act is logged", async () => {
    ann.send(ChatMessage.ModMute, { visitor: free.sessionId, on: true });
    await expectRefused(box(ann), ErrorCode.NotModerator, ChatMessage.ModMute);
    guide.send(ChatMessage.ModMute, { visitor: free.sessionId, on: true });
    await vi.waitFor(() => expect(h.store.moderation.latest()[0]?.act).toBe("mute"));
    free.send(ChatMessage.Say, { channel: "scene", text: "am I heard?" });
    await vi.waitFor(() => expect(box(free).notices.some((n) => n.notice === ChatNotice.Silenced)).toBe(true));
    expect(box(ann).lines.some((l) => l.text === "am I heard?")).toBe(false);
    guide.send(ChatMessage.ModMute, { visitor: free.sessionId, on: false });
    await vi.waitFor(() => expect(h.store.moderation.latest()[0]?.act).toBe("unmute"));
  });

  it("a guide's mute and removal from the tour are logged, and the member is told", async () => {
    guide.send(VoiceMessage.Mute, { member: bo.sessionId, on: true });
    await vi.waitFor(() => expect(h.store.moderation.latest()[0]?.act).toBe("tour-mute"));
    ann.send(MessageType.TourRemove, { member: bo.sessionId });
    await expectRefused(box(ann), ErrorCode.NotGuide, MessageType.TourRemove);
    guide.send(MessageType.TourRemove, { member: "nobody-here" });
    await expectRefused(box(guide), ErrorCode.NoSuchMember, MessageType.TourRemove);
    guide.send(MessageType.TourRemove, { member: bo.sessionId });
    await vi.waitFor(() => expect(box(bo).ended.at(-1)?.reason).toBe(TourEndReason.Removed));
    await vi.waitFor(() => expect(tourIn(guide, group.code).members.has(bo.sessionId)).toBe(false));
    expect(h.store.moderation.latest()[0]).toMatchObject({ act: "tour-remove" });
  });

  it("a moderator removes a visitor from the museum for a time: closed, logged, and their address refused", async () => {
    const address = "203.0.113.7";
    const pest = await h.colyseus.sdk.joinById(guide.roomId, {
      name: "Pest",
      sceneId: "mini",
      $visitorAddress: address,
    });
    const closed = new Promise<number>((resolve) => pest.onLeave(resolve));
    pest.onMessage(ChatMessage.Moderated, () => undefined);
    guide.send(ChatMessage.ModRemove, { visitor: pest.sessionId, minutes: 0 });
    await expectRefused(box(guide), ErrorCode.InvalidMessage, ChatMessage.ModRemove);
    guide.send(ChatMessage.ModRemove, { visitor: pest.sessionId, minutes: 10 });
    expect(await closed).toBe(CloseCode.Removed);
    expect(h.store.moderation.latest()[0]).toMatchObject({ act: "remove", detail: "10 min" });
    expect(h.store.moderation.removedUntil(address, Date.now())).toBeGreaterThan(Date.now() + 9 * 60_000);
    await expect(
      h.colyseus.sdk.joinById(guide.roomId, { name: "Pest again", sceneId: "mini", $visitorAddress: address }),
    ).rejects.toThrow(/moderator removed you/);
    const other = await h.colyseus.sdk.joinById(guide.roomId, {
      name: "Neighbour",
      sceneId: "mini",
      $visitorAddress: "203.0.113.8",
    });
    await other.leave();
  });

  it("keeps the log for its retention only", () => {
    const before = h.store.moderation.latest().length;
    h.store.moderation.record({ at: 1000, act: "report", actor: "a", subject: "b", detail: "old", room: "r" });
    expect(h.store.moderation.prune(Date.now() - 90 * 86_400_000)).toBe(1);
    expect(h.store.moderation.latest().length).toBe(before);
  });
});
