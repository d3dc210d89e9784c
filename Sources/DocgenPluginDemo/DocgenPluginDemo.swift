// The rest of this module is generated at build time by the qcloud-docgen build plugin from
// AddVpnConnEx.md and docgen.yaml beside this file.
@_exported import QCloudRuntime
