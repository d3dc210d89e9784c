import QCloudVPC
import WidgetAPI

// A request of the committed module, validated before anything is sent.
var connection = AddVpnConnExRequest(vpcId: "vpc-amhnnao5", vpnGwId: "vpngw-dystbrkv", userGwId: "cgw-e098slul",
                                     vpnConnName: "demo", preSharedKey: "secret", userGwCidrBlock: ["10.56.20.1/24"])
connection.ikeSet = .init(exchangeMode: .main, ikeSaLifetimeSeconds: 30)
do {
    try connection.validate()
} catch {
    print(error)  // IKESet.ikeSaLifetimeSeconds: must be at least 60
}

// A request of the module the plugin generated from Sources/WidgetAPI/CreateWidget.md.
let widget = CreateWidgetRequest(widgetName: "w1", mode: .fast)
var writer = ParameterWriter()
widget.encodeParameters(into: &writer, at: "")
print(writer.parameters.map { "\($0.name)=\($0.value)" }.joined(separator: "&"))

// An operation from a page in a group folder with a Chinese title and an English twin.
let query = DescribeWidgetsRequest(widgetIds: ["w-1"], limit: 5)
var queryWriter = ParameterWriter()
query.encodeParameters(into: &queryWriter, at: "")
print(queryWriter.parameters.map { "\($0.name)=\($0.value)" }.joined(separator: "&"))
