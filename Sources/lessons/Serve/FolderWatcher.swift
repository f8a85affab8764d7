import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Calls `onChange` once after a burst of changes to the files of a folder:
/// events closer together than `quiet` make one call. The operating system
/// reports the changes (inotify on Linux, a kqueue vnode source elsewhere),
/// so nothing polls the files.
final class FolderWatcher: @unchecked Sendable {
    private let folder: String
    private let quiet: DispatchTimeInterval
    private let onChange: @Sendable () -> Void
    private let queue = DispatchQueue(label: "lessons.watcher")
    private var pending: DispatchWorkItem?
    #if !canImport(Glibc)
    private var source: (any DispatchSourceFileSystemObject)?
    #endif

    init(folder: String, quiet: DispatchTimeInterval = .milliseconds(150), onChange: @escaping @Sendable () -> Void) {
        self.folder = folder
        self.quiet = quiet
        self.onChange = onChange
    }

    /// Starts watching; fails when the folder cannot be watched.
    func start() throws {
        #if canImport(Glibc)
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)
        guard descriptor >= 0, inotify_add_watch(descriptor, folder, mask) >= 0 else {
            throw ValidationError("cannot watch \(folder): \(String(cString: strerror(errno)))")
        }
        // One thread blocks in read until the kernel has events; each read is a burst's beginning or part.
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while read(descriptor, &buffer, buffer.count) > 0 { changed() }
        }
        #else
        let descriptor = open(folder, O_EVTONLY)
        guard descriptor >= 0 else { throw ValidationError("cannot watch \(folder)") }
        let source = DispatchSource.makeFileSystemObjectSource(fileDescriptor: descriptor, eventMask: [.write, .rename, .delete, .extend], queue: queue)
        source.setEventHandler { [weak self] in self?.changed() }
        source.setCancelHandler { close(descriptor) }
        source.resume()
        self.source = source
        #endif
    }

    /// Restarts the quiet period; the call comes when it passes undisturbed.
    private func changed() {
        queue.async { [self] in
            pending?.cancel()
            let work = DispatchWorkItem(block: onChange)
            pending = work
            queue.asyncAfter(deadline: .now() + quiet, execute: work)
        }
    }
}
