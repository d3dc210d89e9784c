import Dispatch

extension Collection where Index == Int, Self: Sendable, Element: Sendable {
    /// `map` over all cores, results in order.
    public func parallelMap<T: Sendable>(_ transform: @escaping @Sendable (Element) throws -> T) throws -> [T] {
        guard count > 1 else { return try map(transform) }
        let slots = Slots<Result<T, any Error>>(count: count)
        let start = startIndex
        DispatchQueue.concurrentPerform(iterations: count) { offset in
            slots.set(offset, Result { try transform(self[start + offset]) })
        }
        return try slots.values().map { try $0.get() }
    }
}

/// One slot per iteration, in memory of its own. Each iteration writes only its own slot, and the
/// slots are read only after `concurrentPerform` has returned, so no two accesses overlap.
private final class Slots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<T?>.allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func set(_ index: Int, _ value: T) { base[index] = value }

    func values() -> [T] { (0..<count).compactMap { base[$0] } }
}
