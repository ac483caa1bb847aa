/**
 * draad serve collects the heap and clears the spare version while it waits for a change
 * (src/serve/between-builds.ts): only while no build runs, each after its delay.
 */
import { describe, expect, it } from "vitest";
import { BetweenBuilds, fullCollection } from "../../src/serve/between-builds.js";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function recorder() {
  const calls: string[] = [];
  return { calls, lock: { prepareStage: () => (calls.push("prepare"), true) }, collect: () => void calls.push("collect") };
}

describe("between builds", () => {
  it("collects the heap, then prepares the next stage, after the last build, once each", async () => {
    const { calls, lock, collect } = recorder();
    const between = new BetweenBuilds(lock, 60, collect, 20);
    await between.work(async () => void (await pause(5)));
    await between.work(async () => void (await pause(5)));
    expect(calls).toEqual([]);
    await pause(40);
    expect(calls).toEqual(["collect"]);
    await pause(60);
    expect(calls).toEqual(["collect", "prepare"]);
  });

  it("does nothing while a build runs, and waits for the delays after it ends", async () => {
    const { calls, lock, collect } = recorder();
    const between = new BetweenBuilds(lock, 40, collect, 20);
    await between.work(async () => undefined);
    // A long build starts before the delays are over: nothing happens during it.
    const long = between.work(() => pause(100));
    await pause(70);
    expect(calls).toEqual([]);
    // Background work that ends meanwhile (the search index) does not run them during the build either.
    between.idleAgain();
    await long;
    await pause(10);
    expect(calls).toEqual([]);
    await pause(70);
    expect(calls).toEqual(["collect", "prepare"]);
    between.stop();
  });

  it("goes on when preparing throws, and does nothing after stop", async () => {
    const calls: string[] = [];
    const between = new BetweenBuilds({ prepareStage: () => { throw new Error("gone"); } }, 10, () => void calls.push("collect"), 5);
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

describe("settling before the server listens", () => {
  it("collects and prepares at once, and leaves nothing for the timers when the stage was made ready", async () => {
    const { calls, lock, collect } = recorder();
    const between = new BetweenBuilds(lock, 30, collect, 10);
    await between.work(async () => undefined);
    between.settleNow();
    expect(calls).toEqual(["collect", "prepare"]);
    await pause(60);
    expect(calls).toEqual(["collect", "prepare"]);
  });

  it("leaves a stage that cannot be made ready yet (a spare in its grace period) to the timer", async () => {
    const calls: string[] = [];
    let ready = false;
    const between = new BetweenBuilds({ prepareStage: () => (calls.push(ready ? "prepared" : "not yet"), ready) }, 30, () => void calls.push("collect"), 10);
    await between.work(async () => undefined);
    between.settleNow();
    expect(calls).toEqual(["collect", "not yet"]);
    ready = true;
    await pause(60);
    expect(calls).toEqual(["collect", "not yet", "prepared"]);
  });
});
