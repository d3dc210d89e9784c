import Foundation

/// How an offset/limit operation pages: where the offset is in the request, and where the
/// total and the page's list are in the response. Generated per operation from its tables.
public struct Paging<Operation: OperationDescriptor>: Sendable {
    /// The request's offset (nil: 0).
    public var offset: @Sendable (Operation.Request) -> Int?
    /// Sets the request's offset.
    public var setOffset: @Sendable (inout Operation.Request, Int) -> Void
    /// The total the response states.
    public var total: @Sendable (Operation.Response) -> Int?
    /// How many items the page holds.
    public var count: @Sendable (Operation.Response) -> Int

    /// A paging description.
    public init(offset: @escaping @Sendable (Operation.Request) -> Int?, setOffset: @escaping @Sendable (inout Operation.Request, Int) -> Void,
                total: @escaping @Sendable (Operation.Response) -> Int?, count: @escaping @Sendable (Operation.Response) -> Int) {
        self.offset = offset
        self.setOffset = setOffset
        self.total = total
        self.count = count
    }
}

/// The pages of an offset/limit operation, fetched one at a time as they are iterated: the
/// request as given, then with the offset moved past the items received. Stops after a page
/// without items, once the items received reach the total, or, without yielding the page,
/// when the total changes mid-way (the pages would skip or repeat items; the log says so).
public struct Paginator<Operation: OperationDescriptor>: AsyncSequence, Sendable {
    public typealias Element = Operation.Response

    let client: QCloudClient
    let request: Operation.Request
    let options: CallOptions
    let paging: Paging<Operation>

    /// The pages of `request` and its successors.
    public init(client: QCloudClient, request: Operation.Request, options: CallOptions = CallOptions(), paging: Paging<Operation>) {
        self.client = client
        self.request = request
        self.options = options
        self.paging = paging
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(paginator: self, request: request, offset: paging.offset(request) ?? 0)
    }

    /// The items of every page, in order.
    public func items<Item: Sendable>(_ items: @escaping @Sendable (Operation.Response) -> [Item]) -> PaginatorItems<Operation, Item> {
        PaginatorItems(pages: self, items: items)
    }

    /// Fetches pages.
    public struct Iterator: AsyncIteratorProtocol {
        let paginator: Paginator
        var request: Operation.Request
        var offset: Int
        var firstTotal: Int?
        var pages = 0
        var finished = false

        public mutating func next() async throws -> Operation.Response? {
            guard !finished, !Task.isCancelled else { return nil }
            paginator.paging.setOffset(&request, offset)
            let page = try await paginator.client.send(Operation.self, request, options: paginator.options)
            pages += 1
            let count = paginator.paging.count(page)
            let total = paginator.paging.total(page)
            if pages == 1 {
                firstTotal = total
            } else if let total, let firstTotal, total != firstTotal {
                finished = true
                (paginator.options.logger ?? paginator.client.configuration.logger)
                    .warning("\(Operation.action): the total changed from \(firstTotal) to \(total) while paging; stopped at offset \(offset)")
                return nil
            }
            offset += count
            if count == 0 {
                finished = true
                return pages == 1 ? page : nil
            }
            if let total, offset >= total { finished = true }
            return page
        }
    }
}

/// The items of a ``Paginator``'s pages, one at a time.
public struct PaginatorItems<Operation: OperationDescriptor, Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item

    let pages: Paginator<Operation>
    let items: @Sendable (Operation.Response) -> [Item]

    public func makeAsyncIterator() -> Iterator {
        Iterator(pages: pages.makeAsyncIterator(), items: items)
    }

    /// Yields the buffered page's items, fetching the next page when they run out.
    public struct Iterator: AsyncIteratorProtocol {
        var pages: Paginator<Operation>.Iterator
        let items: @Sendable (Operation.Response) -> [Item]
        var buffer: [Item] = []
        var index = 0

        public mutating func next() async throws -> Item? {
            while index >= buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = items(page)
                index = 0
            }
            defer { index += 1 }
            return buffer[index]
        }
    }
}
