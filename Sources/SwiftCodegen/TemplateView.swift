import Mustache

// The views answer swift-mustache's lookups by name themselves: without this it reflects on
// every value with `Mirror` for every tag, which made rendering the slowest stage of the
// pipeline (Benchmarks/README.md). Each switch lists exactly the keys its templates use.

extension OperationView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sourceFile": sourceFile
        case "doc": doc
        case "name": name
        case "actionLiteral": actionLiteral
        case "hostLiteral": hostLiteral
        case "pathLiteral": pathLiteral
        case "errorType": errorType
        case "errors": errors
        case "requestType": requestType
        case "responseType": responseType
        case "exampleCount": exampleCount
        case "examples": examples
        case "code": code
        default: nil
        }
    }
}

extension StructView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "doc": doc
        case "name": name
        case "nameLiteral": nameLiteral
        case "properties": properties
        case "hasProperties": hasProperties
        case "checks": checks
        case "valueLists": valueLists
        case "nested": nested
        case "innerCode": innerCode
        default: nil
        }
    }
}

extension PropertyView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "doc": doc
        case "swiftName": swiftName
        case "label": label
        case "swiftType": swiftType
        case "optional": optional
        case "wireLiteral": wireLiteral
        case "decodeCall": decodeCall
        case "last": last
        case "secret": secret
        default: nil
        }
    }
}

extension ValueListView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "doc": doc
        case "name": name
        case "values": values
        default: nil
        }
    }
}

extension CaseView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "doc": doc
        case "caseName": caseName
        case "literal": literal
        case "last": last
        default: nil
        }
    }
}

extension ExampleView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "parameters": parameters
        case "responseJSON": responseJSON
        case "omittedRequired": omittedRequired
        case "undocumented": undocumented
        case "unreadable": unreadable
        default: nil
        }
    }
}

extension ExampleView.Parameter: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": name
        case "value": value
        default: nil
        }
    }
}

extension OperationsView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sourceFolder": sourceFolder
        case "service": service
        case "name": name
        case "operations": operations
        default: nil
        }
    }
}

extension ClientView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sourceFolder": sourceFolder
        case "service": service
        case "name": name
        case "operations": operations
        default: nil
        }
    }
}

extension ClientView.Method: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "doc": doc
        case "method": method
        case "type": type
        default: nil
        }
    }
}

extension ErrorsView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sourceFolder": sourceFolder
        case "service": service
        case "name": name
        case "errorAlias": errorAlias
        case "cases": cases
        default: nil
        }
    }
}
