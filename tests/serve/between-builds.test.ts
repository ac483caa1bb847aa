/**
 * draad serve clears the spare version and collects the heap while it waits for a change
 * (src/serve/between-builds.ts): only once no work is running and the delay after the last is over.
 */
import { describe, expect, it } from "vitest";
import { BetweenBuilds, fullCollection } from "../../src/serve/between-builds.js";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function recorder() {
  const calls: string[] = [];
  return { calls, lock: { prepareStage: () => (calls.push("prepare"), true) }, collect: () => void calls.push("collect") };
}

describe("between builds", () => {
  it("prepares the next stage and collects the heap after the last piece of work, once", async () => {
    const { calls, lock, collect } = recorder();
    const between = new BetweenBuilds(lock, 30, collect);
    await between.work(async () => void (await pause(5)));
    await between.work(async () => void (await pause(5)));
    expect(calls).toEqual([]);
    await pause(80);
    expect(calls).toEqual(["prepare", "collect"]);
  });

  it("does nothing while work runs, and waits for the delay after it ends", async () => {
    const { calls, lock, collect } = recorder();
    const between = new BetweenBuilds(lock, 30, collect);
    await between.work(async () => undefined);
    // A long piece of work starts before the delay is over: nothing happens during it.
    const long = between.work(() => pause(100));
    await pause(60);
    expect(calls).toEqual([]);
    await long;
    await pause(10);
    expect(calls).toEqual([]);
    await pause(60);
    expect(calls).toEqual(["prepare", "collect"]);
    between.stop();
  });

  it("goes on when preparing throws, and does nothing after stop", async () => {
    const calls: string[] = [];
    const between = new BetweenBuilds({ prepareStage: () => { throw new Error("gone"); } }, 10, () => void calls.push("collect"));
    await between.work(async () => undefined);
    await pause(40);
    expect(calls).toEqual(["collect"]);
    await between.work(async () => undefined);
    between.stop();
    await pause(40);
    expect(calls).toEqual(["collect"]);
  });

  it("finds V8's full collection", () => {
    const gc = fullCollection();
    expect(typeof gc).toBe("function");
    gc!();
  });
});
