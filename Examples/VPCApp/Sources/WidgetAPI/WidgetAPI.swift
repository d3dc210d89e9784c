// The rest of this module is generated at build time by qcloud-docgen's build plugin from the
// doc page and docgen.yaml beside this file.
@_exported import QCloudRuntime
