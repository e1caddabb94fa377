import { describe, expect, it } from "vitest";
import { releaseAbortReasons } from "./release-abort-reasons";

describe("releaseAbortReasons", () => {
  it("leaves abort() as it was: the same reason, the default one, listeners called once", () => {
    releaseAbortReasons();
    releaseAbortReasons(); // a second call does not wrap twice

    const reason = new Error("render finished");
    const controller = new AbortController();
    let calls = 0;
    controller.signal.addEventListener("abort", () => calls++);
    controller.abort(reason);
    controller.abort(new Error("again"));
    expect(controller.signal.aborted).toBe(true);
    expect(controller.signal.reason).toBe(reason);
    expect(calls).toBe(1);

    const plain = new AbortController();
    plain.abort();
    expect(plain.signal.reason).toBeInstanceOf(DOMException);
    expect((plain.signal.reason as DOMException).name).toBe("AbortError");
    expect((AbortController.prototype.abort as { releasesReasons?: boolean }).releasesReasons).toBe(true);
  });
});
