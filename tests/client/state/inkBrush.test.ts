// The VR brush: a trigger pulled over the paper writes a stroke with the trigger's depth as pressure; letting go or
// lifting the brush away finishes it; a tap or a pull away from the paper writes nothing.
import { describe, expect, it } from "vitest";
import { BRUSH, createInkBrush, type BrushReading } from "../../../client/state/inkBrush";

const at = (x: number, y: number, trigger: number, height = 0.01): BrushReading => ({ x, y, height, trigger });

describe("the VR brush", () => {
  it("writes while the trigger is pulled over the paper, pressure from its depth, and finishes on letting go", () => {
    const brush = createInkBrush();
    expect(brush.frame(at(100, 500, 0.4), 1000)).toMatchObject({ kind: "writing" });
    expect(brush.frame(at(200, 500, 0.9), 1014).kind).toBe("writing");
    brush.frame(at(300, 500, 0.6), 1028);
    const end = brush.frame(at(300, 500, 0), 1042);
    expect(end).toEqual({
      kind: "finished",
      points: [
        { x: 100, y: 500, t: 0, pressure: 0.4 },
        { x: 200, y: 500, t: 14, pressure: 0.9 },
        { x: 300, y: 500, t: 28, pressure: 0.6 },
      ],
    });
    expect(brush.writing()).toBe(false);
  });

  it("finishes when the brush is lifted off the paper or leaves it, trigger still pulled", () => {
    const lifted = createInkBrush();
    lifted.frame(at(100, 500, 1), 0);
    lifted.frame(at(150, 500, 1), 10);
    expect(lifted.frame(at(200, 500, 1, BRUSH.reach + 0.05), 20)).toMatchObject({ kind: "finished" });
    const off = createInkBrush();
    off.frame(at(100, 500, 1), 0);
    off.frame(at(150, 500, 1), 10);
    expect(off.frame(null, 20)).toMatchObject({ kind: "finished" });
  });

  it("does not start above the paper, below the desk, or with the trigger barely touched", () => {
    const brush = createInkBrush();
    expect(brush.frame(at(100, 500, 1, BRUSH.reach + 0.01), 0).kind).toBe("idle");
    expect(brush.frame(at(100, 500, 1, BRUSH.sink - 0.01), 10).kind).toBe("idle");
    expect(brush.frame(at(100, 500, BRUSH.press - 0.01), 20).kind).toBe("idle");
    expect(brush.frame(null, 30).kind).toBe("idle");
    expect(brush.writing()).toBe(false);
  });

  it("keeps writing between the press and lift depths, and a tap judges nothing", () => {
    const brush = createInkBrush();
    brush.frame(at(100, 500, 0.5), 0);
    expect(brush.frame(at(120, 500, (BRUSH.press + BRUSH.lift) / 2), 10).kind).toBe("writing");
    const tap = createInkBrush();
    tap.frame(at(100, 500, 1), 0);
    expect(tap.frame(at(100, 500, 0), 10)).toEqual({ kind: "idle" });
  });

  it("adds no point for a tip held still, and cuts off an endless stroke", () => {
    const brush = createInkBrush();
    brush.frame(at(100, 500, 1), 0);
    brush.frame(at(100.2, 500, 1), 10);
    const e = brush.frame(at(100.2, 500, 0), 20);
    expect(e).toEqual({ kind: "idle" });
    const long = createInkBrush();
    let last = long.frame(at(0, 0, 1), 0);
    for (let i = 1; i < BRUSH.maxPoints && last.kind === "writing"; i++) last = long.frame(at(i, 0, 1), i);
    expect(last.kind).toBe("finished");
    expect(last.kind === "finished" && last.points.length).toBe(BRUSH.maxPoints);
  });
});
