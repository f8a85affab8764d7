import Foundation

/// Runs `body` on a thread with a large stack and waits for it. Lesson code
/// recurses through nested closures, and lessons may run on secondary threads
/// whose default stacks are small; the recursion limit is what stops deep
/// code, never a stack overflow.
func onLargeStack<T>(_ body: () -> T) -> T {
    withoutActuallyEscaping(body) { body in
        let transfer = Transfer(body: body)
        let thread = Thread { transfer.run() }
        thread.stackSize = 1 << 29
        thread.start()
        transfer.done.wait()
        return transfer.result!
    }
}

/// Hands the work to the thread and the result back; the semaphore orders
/// the two accesses, which is why it can be `@unchecked Sendable`.
private final class Transfer<T>: @unchecked Sendable {
    /// Released before the caller resumes: the closure must not outlive the call.
    private var body: (() -> T)?
    var result: T?
    let done = DispatchSemaphore(value: 0)

    init(body: @escaping () -> T) {
        self.body = body
    }

    func run() {
        result = body?()
        body = nil
        done.signal()
    }
}
