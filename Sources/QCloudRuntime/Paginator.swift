import Foundation

/// How an operation pages: where the offset (an item offset, or a page number) and the limit
/// are in the request, and where the total and the page's list are in the response. Generated
/// per operation from its tables.
public struct Paging<Operation: OperationDescriptor>: Sendable {
    /// The request's offset (nil: 0, or the first page).
    public var offset: @Sendable (Operation.Request) -> Int?
    /// Sets the request's offset.
    public var setOffset: @Sendable (inout Operation.Request, Int) -> Void
    /// The total the response states (nil where it states none).
    public var total: @Sendable (Operation.Response) -> Int?
    /// The page's items: their number moves an item offset, and a page whose items are the last
    /// page's again ends the walk (the server ignores the offset).
    public var items: @Sendable (Operation.Response) -> [Any]
    /// The request's limit (page size): without a total, a page shorter than it is the last.
    public var limit: @Sendable (Operation.Request) -> Int?
    /// Where the offset counts pages, not items: the first page's number.
    public var firstPage: Int?

    /// A paging description.
    public init(offset: @escaping @Sendable (Operation.Request) -> Int?, setOffset: @escaping @Sendable (inout Operation.Request, Int) -> Void,
                total: @escaping @Sendable (Operation.Response) -> Int?, items: @escaping @Sendable (Operation.Response) -> [Any],
                limit: @escaping @Sendable (Operation.Request) -> Int? = { _ in nil }, firstPage: Int? = nil) {
        self.offset = offset
        self.setOffset = setOffset
        self.total = total
        self.items = items
        self.limit = limit
        self.firstPage = firstPage
    }
}

/// Why a paginator stopped before the end its server promised: what it has yielded so far is
/// all there is to have, and the rest cannot be reached by paging.
public enum PagingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A page held the same items as the page before it: the server ignores the offset, and
    /// its total would keep the walk going for ever.
    case repeatedPage(action: String, offset: Int)
    /// ``Paginator/maximumPages`` pages were fetched and the total was not reached.
    case tooManyPages(action: String, limit: Int)

    public var description: String {
        switch self {
        case .repeatedPage(let action, let offset): "\(action): the page at offset \(offset) repeats the page before it; paging stopped"
        case .tooManyPages(let action, let limit): "\(action): \(limit) pages fetched without reaching the stated total; paging stopped"
        }
    }
}

/// The pages of a paging operation, fetched one at a time as they are iterated: the request as
/// given, then with the offset moved past the items received (or to the next page, where it
/// counts pages). Stops after a page without items, once the items reach the total (without a
/// total: after a page shorter than the limit), or, without yielding the page, when the total
/// changes mid-way (the pages would skip or repeat items; the log says so).
/// A server cannot keep it going for ever: a page that repeats the page before it, or more
/// than ``maximumPages`` pages, end the walk with a ``PagingError`` (the pages before it were
/// yielded).
public struct Paginator<Operation: OperationDescriptor>: AsyncSequence, Sendable {
    public typealias Element = Operation.Response

    let client: QCloudClient
    let request: Operation.Request
    let options: CallOptions
    let paging: Paging<Operation>
    /// The most pages fetched (10,000 by default: 1,000,000 items at a limit of 100).
    public var maximumPages: Int

    /// The pages of `request` and its successors.
    public init(client: QCloudClient, request: Operation.Request, options: CallOptions = CallOptions(), paging: Paging<Operation>,
                maximumPages: Int = 10_000) {
        self.client = client
        self.request = request
        self.options = options
        self.paging = paging
        self.maximumPages = maximumPages
    }

    public func makeAsyncIterator() -> Iterator {
        let first = paging.firstPage ?? 0
        let offset = paging.offset(request) ?? first
        return Iterator(paginator: self, request: request, offset: offset, firstOffset: offset, limit: paging.limit(request))
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
        /// The offset the walk started at, and the request's limit.
        let firstOffset: Int
        let limit: Int?
        /// Items received so far, and the first page's count (a page size where the limit is not given).
        var received = 0
        var pageSize: Int?
        var firstTotal: Int?
        var pages = 0
        var finished = false
        /// The last page's items, as text (to tell a repeated page).
        var lastItems: String?

        public mutating func next() async throws -> Operation.Response? {
            guard !finished, !Task.isCancelled else { return nil }
            guard pages < paginator.maximumPages else {
                finished = true
                throw PagingError.tooManyPages(action: Operation.action, limit: paginator.maximumPages)
            }
            paginator.paging.setOffset(&request, offset)
            let page = try await paginator.client.send(Operation.self, request, options: paginator.options)
            pages += 1
            let items = paginator.paging.items(page)
            let count = items.count
            let total = paginator.paging.total(page)
            let shown = count == 0 ? nil : String(describing: items)
            if let shown, shown == lastItems {
                finished = true
                throw PagingError.repeatedPage(action: Operation.action, offset: offset)
            }
            lastItems = shown
            if pages == 1 {
                firstTotal = total
            } else if let total, let firstTotal, total != firstTotal {
                finished = true
                (paginator.options.logger ?? paginator.client.configuration.logger)
                    .warning("\(Operation.action): the total changed from \(firstTotal) to \(total) while paging; stopped at offset \(offset)")
                return nil
            }
            if count == 0 {
                finished = true
                return pages == 1 ? page : nil
            }
            received += count
            if pageSize == nil { pageSize = limit ?? count }
            let position: Int
            if let firstPage = paginator.paging.firstPage {
                offset += 1
                // Items before the start page, counted at the page size, and those received.
                position = (firstOffset - firstPage) * (pageSize ?? count) + received
            } else {
                offset += count
                position = offset
            }
            if let total {
                if position >= total { finished = true }
            } else if let limit, count < limit {
                finished = true
            }
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
