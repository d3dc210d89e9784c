import Mustache

// The views answer swift-mustache's lookups by name themselves: without this it reflects on
// every value with `Mirror` for every tag, which made rendering the slowest stage of the
// pipeline (Benchmarks/README.md). Each switch lists exactly the keys its templates use.

extension OperationView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sourceFile": self.sourceFile
        case "doc": self.doc
        case "name": self.name
        case "actionLiteral": self.actionLiteral
        case "hostLiteral": self.hostLiteral
        case "pathLiteral": self.pathLiteral
        case "errorType": self.errorType
        case "errors": self.errors
        case "requestType": self.requestType
        case "responseType": self.responseType
        case "exampleCount": self.exampleCount
        case "examples": self.examples
        case "secretParameters": self.secretParameters
        case "internalHost": self.internalHost
        case "wireProtocol": self.wireProtocol
        case "versionLiteral": self.versionLiteral
        case "retriesAmbiguousFailures": self.retriesAmbiguousFailures
        case "code": self.code
        default: nil
        }
    }
}

extension StructView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "doc": self.doc
        case "name": self.name
        case "nameLiteral": self.nameLiteral
        case "properties": self.properties
        case "hasProperties": self.hasProperties
        case "decodable": self.decodable
        case "checks": self.checks
        case "valueLists": self.valueLists
        case "nested": self.nested
        case "innerCode": self.innerCode
        default: nil
        }
    }
}

extension PropertyView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "doc": self.doc
        case "swiftName": self.swiftName
        case "label": self.label
        case "swiftType": self.swiftType
        case "optional": self.optional
        case "wireLiteral": self.wireLiteral
        case "decodeCall": self.decodeCall
        case "keyDecodeCall": self.keyDecodeCall
        case "isRequestId": self.isRequestId
        case "last": self.last
        case "secret": self.secret
        case "parameterDoc": self.parameterDoc
        default: nil
        }
    }
}

extension ValueListView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "doc": self.doc
        case "name": self.name
        case "values": self.values
        default: nil
        }
    }
}

extension CaseView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "doc": self.doc
        case "caseName": self.caseName
        case "literal": self.literal
        case "last": self.last
        case "aliases": self.aliases
        default: nil
        }
    }
}

extension AliasView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "caseName": self.caseName
        case "literal": self.literal
        default: nil
        }
    }
}

extension ExampleView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "parameters": self.parameters
        case "responseJSON": self.responseJSON
        case "omittedRequired": self.omittedRequired
        case "undocumented": self.undocumented
        case "unreadable": self.unreadable
        case "showsRequest": self.showsRequest
        default: nil
        }
    }
}

extension ExampleView.Parameter: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "value": self.value
        default: nil
        }
    }
}

extension ModelsView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sourceFolder": self.sourceFolder
        case "service": self.service
        case "name": self.name
        case "code": self.code
        default: nil
        }
    }
}

extension OperationsView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sourceFolder": self.sourceFolder
        case "service": self.service
        case "name": self.name
        case "operations": self.operations
        default: nil
        }
    }
}

extension ClientView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sourceFolder": self.sourceFolder
        case "service": self.service
        case "name": self.name
        case "operations": self.operations
        default: nil
        }
    }
}

extension ClientView.Method: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "doc": self.doc
        case "method": self.method
        case "type": self.type
        case "deprecated": self.deprecated
        default: nil
        }
    }
}

extension ErrorsView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sourceFolder": self.sourceFolder
        case "service": self.service
        case "name": self.name
        case "errorAlias": self.errorAlias
        case "cases": self.cases
        default: nil
        }
    }
}

extension BehavioursView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "client": self.client
        case "flattened": self.flattened
        case "paginators": self.paginators
        case "waiters": self.waiters
        default: nil
        }
    }
}

extension BehavioursView.PaginatorView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "action": self.action
        case "method": self.method
        case "type": self.type
        case "offsetRead": self.offsetRead
        case "offsetWrite": self.offsetWrite
        case "limitRead": self.limitRead
        case "totalRead": self.totalRead
        case "itemsOrEmpty": self.itemsOrEmpty
        case "itemType": self.itemType
        case "firstPage": self.firstPage
        case "advance": self.advance
        case "end": self.end
        case "itemsWire": self.itemsWire
        default: nil
        }
    }
}

extension BehavioursView.WaiterView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "action": self.action
        case "actionLiteral": self.actionLiteral
        case "name": self.name
        case "type": self.type
        case "poll": self.poll
        case "pollLabel": self.pollLabel
        case "taskIdRead": self.taskIdRead
        case "taskIdType": self.taskIdType
        case "statusRead": self.statusRead
        case "taskIdWire": self.taskIdWire
        case "statusWire": self.statusWire
        case "successText": self.successText
        case "failureText": self.failureText
        case "cases": self.cases
        default: nil
        }
    }
}

extension BehavioursView.WaiterView.StateCase: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "literals": self.literals
        case "state": self.state
        default: nil
        }
    }
}

extension BehavioursView.FlattenedView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "action": self.action
        case "method": self.method
        case "type": self.type
        case "parameters": self.parameters
        case "deprecated": self.deprecated
        default: nil
        }
    }
}

extension BehavioursView.FlattenedView.Parameter: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "argumentLabel": self.argumentLabel
        case "swiftType": self.swiftType
        case "optional": self.optional
        case "parameterDoc": self.parameterDoc
        case "last": self.last
        default: nil
        }
    }
}
