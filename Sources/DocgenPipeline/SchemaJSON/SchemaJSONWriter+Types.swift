import APISchema
import DocMarkdown

/// The schema's types, each member in the encoder's key order (UTF-8 byte order; debug builds
/// assert it), optional members left out when nil, as their synthesized `Codable` conformances
/// encode them. A member added to a type must be added here: `SchemaJSONWriterTests` fails until
/// it is.
extension SchemaJSONWriter {
    mutating func write(_ operation: Operation, indent: Int) throws {
        var object = beginObject(indent: indent)
        let inner = indent + 2
        key("action", in: &object); string(operation.action)
        if let value = operation.deprecated { key("deprecated", in: &object); bool(value) }
        if let value = operation.description { key("description", in: &object); string(value) }
        if let value = operation.descriptionEn { key("descriptionEn", in: &object); string(value) }
        if let value = operation.dialect { key("dialect", in: &object); string(value) }
        if let value = operation.endpoints {
            key("endpoints", in: &object)
            array(value, indent: inner) { writer, endpoint, indent in writer.write(endpoint, indent: indent) }
        }
        key("errors", in: &object)
        array(operation.errors, indent: inner) { writer, error, indent in writer.write(error, indent: indent) }
        key("examples", in: &object)
        try array(operation.examples, indent: inner) { writer, example, indent in try writer.write(example, indent: indent) }
        key("host", in: &object); string(operation.host)
        key("input", in: &object)
        try array(operation.input, indent: inner) { writer, field, indent in try writer.write(field, indent: indent) }
        key("output", in: &object)
        try array(operation.output, indent: inner) { writer, field, indent in try writer.write(field, indent: indent) }
        if let value = operation.pagination { key("pagination", in: &object); write(value, indent: inner) }
        key("path", in: &object); string(operation.path)
        if let value = operation.retriesAmbiguousFailures { key("retriesAmbiguousFailures", in: &object); bool(value) }
        key("rules", in: &object)
        array(operation.rules, indent: inner) { writer, rule, indent in writer.write(rule, indent: indent) }
        key("service", in: &object); string(operation.service)
        key("source", in: &object); write(operation.source, indent: inner)
        key("summary", in: &object); string(operation.summary)
        if let value = operation.summaryEn { key("summaryEn", in: &object); string(value) }
        if let value = operation.version { key("version", in: &object); string(value) }
        if let value = operation.waiter { key("waiter", in: &object); write(value, indent: inner) }
        end(object)
    }

    mutating func write(_ field: Field, indent: Int) throws {
        var object = beginObject(indent: indent)
        let inner = indent + 2
        if let value = field.constraintSources { key("constraintSources", in: &object); strings(value, indent: inner) }
        if let value = field.default { key("default", in: &object); string(value) }
        key("description", in: &object); string(field.description)
        if let value = field.descriptionEn { key("descriptionEn", in: &object); string(value) }
        if let value = field.documentedType { key("documentedType", in: &object); string(value) }
        if let value = field.enum {
            key("enum", in: &object)
            array(value, indent: inner) { writer, item, indent in writer.write(item, indent: indent) }
        }
        if let value = field.errata { key("errata", in: &object); strings(value, indent: inner) }
        if let value = field.fields {
            key("fields", in: &object)
            try array(value, indent: inner) { writer, member, indent in try writer.write(member, indent: indent) }
        }
        if let value = field.items { key("items", in: &object); try write(value.value, indent: inner) }
        if let value = field.maxItems { key("maxItems", in: &object); integer(value) }
        if let value = field.maxLength { key("maxLength", in: &object); integer(value) }
        if let value = field.maximum { key("maximum", in: &object); try number(value) }
        if let value = field.minLength { key("minLength", in: &object); integer(value) }
        if let value = field.minimum { key("minimum", in: &object); try number(value) }
        key("name", in: &object); string(field.name)
        if let value = field.nullable { key("nullable", in: &object); bool(value) }
        if let value = field.origin { key("origin", in: &object); string(value.rawValue) }
        if let value = field.ref { key("ref", in: &object); string(value) }
        key("required", in: &object); bool(field.required)
        if let value = field.secret { key("secret", in: &object); bool(value) }
        key("source", in: &object); write(field.source, indent: inner)
        if let value = field.swiftName { key("swiftName", in: &object); string(value) }
        key("type", in: &object); string(field.type.rawValue)
        if let value = field.values { key("values", in: &object); try write(value.value, indent: inner) }
        end(object)
    }

    mutating func write(_ structure: Structure, indent: Int) throws {
        var object = beginObject(indent: indent)
        key("description", in: &object); string(structure.description)
        key("fields", in: &object)
        try array(structure.fields, indent: indent + 2) { writer, field, indent in try writer.write(field, indent: indent) }
        key("name", in: &object); string(structure.name)
        key("source", in: &object); write(structure.source, indent: indent + 2)
        end(object)
    }

    mutating func write(_ value: EnumValue, indent: Int) {
        var object = beginObject(indent: indent)
        if let description = value.description { key("description", in: &object); string(description) }
        key("value", in: &object); string(value.value)
        end(object)
    }

    mutating func write(_ location: SourceLocation, indent: Int) {
        var object = beginObject(indent: indent)
        if let value = location.column { key("column", in: &object); integer(value) }
        key("file", in: &object); string(location.file)
        key("line", in: &object); integer(location.line)
        end(object)
    }

    mutating func write(_ error: ErrorCode, indent: Int) {
        var object = beginObject(indent: indent)
        key("code", in: &object); string(error.code)
        if let value = error.codeDesc { key("codeDesc", in: &object); string(value) }
        key("description", in: &object); string(error.description)
        if let value = error.source { key("source", in: &object); write(value, indent: indent + 2) }
        end(object)
    }

    mutating func write(_ rule: Rule, indent: Int) {
        var object = beginObject(indent: indent)
        if let value = rule.equals { key("equals", in: &object); string(value) }
        if let value = rule.field { key("field", in: &object); string(value) }
        if let value = rule.fields { key("fields", in: &object); strings(value, indent: indent + 2) }
        key("kind", in: &object); string(rule.kind.rawValue)
        if let value = rule.sentence { key("sentence", in: &object); string(value) }
        if let value = rule.source { key("source", in: &object); write(value, indent: indent + 2) }
        if let value = rule.when { key("when", in: &object); string(value) }
        end(object)
    }

    mutating func write(_ example: Example, indent: Int) throws {
        var object = beginObject(indent: indent)
        let inner = indent + 2
        if let value = example.action { key("action", in: &object); string(value) }
        if let value = example.host { key("host", in: &object); string(value) }
        if let value = example.omittedRequired { key("omittedRequired", in: &object); strings(value, indent: inner) }
        key("request", in: &object)
        array(example.request, indent: inner) { writer, parameter, indent in writer.write(parameter, indent: indent) }
        if let value = example.requestSource { key("requestSource", in: &object); write(value, indent: inner) }
        if let value = example.response { key("response", in: &object); try write(value, indent: inner) }
        if let value = example.responseSource { key("responseSource", in: &object); write(value, indent: inner) }
        if let value = example.title { key("title", in: &object); string(value) }
        if let value = example.undocumentedParameters { key("undocumentedParameters", in: &object); strings(value, indent: inner) }
        if let value = example.unreadableParameters { key("unreadableParameters", in: &object); strings(value, indent: inner) }
        end(object)
    }

    mutating func write(_ parameter: ExampleParameter, indent: Int) {
        var object = beginObject(indent: indent)
        key("name", in: &object); string(parameter.name)
        key("value", in: &object); string(parameter.value)
        end(object)
    }

    mutating func write(_ endpoint: Endpoint, indent: Int) {
        var object = beginObject(indent: indent)
        key("host", in: &object); string(endpoint.host)
        key("kind", in: &object); string(endpoint.kind.rawValue)
        end(object)
    }

    mutating func write(_ pagination: Pagination, indent: Int) {
        var object = beginObject(indent: indent)
        let inner = indent + 2
        if let value = pagination.firstPage { key("firstPage", in: &object); integer(value) }
        key("items", in: &object); strings(pagination.items, indent: inner)
        key("limit", in: &object); string(pagination.limit)
        key("offset", in: &object); string(pagination.offset)
        if let value = pagination.total { key("total", in: &object); strings(value, indent: inner) }
        end(object)
    }

    mutating func write(_ waiter: TaskWaiter, indent: Int) {
        var object = beginObject(indent: indent)
        let inner = indent + 2
        key("failure", in: &object); strings(waiter.failure, indent: inner)
        key("pending", in: &object); strings(waiter.pending, indent: inner)
        key("poll", in: &object); string(waiter.poll)
        key("pollParameter", in: &object); string(waiter.pollParameter)
        key("status", in: &object); strings(waiter.status, indent: inner)
        key("success", in: &object); strings(waiter.success, indent: inner)
        key("taskId", in: &object); strings(waiter.taskId, indent: inner)
        end(object)
    }

    /// A JSON value as its `Encodable` conformance writes it: numbers that read as `Int64` as
    /// integers, other finite ones as `Double`, the rest as strings; object members sorted, the
    /// last of a repeated key winning.
    mutating func write(_ value: JSONValue, indent: Int) throws {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let text):
            if let whole = Int64(text) {
                integer(whole)
            } else if let double = Double(text), double.isFinite {
                try number(double)
            } else {
                string(text)
            }
        case .string(let text): string(text)
        case .array(let values):
            try array(values, indent: indent) { writer, element, indent in try writer.write(element, indent: indent) }
        case .object(let members):
            var object = beginObject(indent: indent)
            for member in Self.encoderOrder(members) {
                documentKey(member.key, in: &object)
                try write(member.value, indent: indent + 2)
            }
            end(object)
        }
    }

    /// Members sorted by key bytes, one per key (the last one given; keys compared as bytes).
    private static func encoderOrder(_ members: [JSONValue.Member]) -> [JSONValue.Member] {
        let sorted = members.enumerated().sorted { a, b in
            let order = a.element.key.compareBytes(with: b.element.key)
            return order == 0 ? a.offset < b.offset : order < 0
        }
        var unique: [JSONValue.Member] = []
        for (_, member) in sorted {
            if let last = unique.last, last.key.hasSameBytes(as: member.key) {
                unique[unique.count - 1] = member
            } else {
                unique.append(member)
            }
        }
        return unique
    }
}
