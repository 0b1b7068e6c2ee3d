package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"

	opaversion "github.com/open-policy-agent/opa/v1/version"
	"github.com/spf13/cobra"
)

// Version and Commit can be set at build time with
// -ldflags "-X github.com/addlint/addlint/internal/cli.Version=v1.2.3".
// Without them they come from the module's build information.
var (
	Version = ""
	Commit  = ""
)

func versionInfo() (version, commit string) {
	version, commit = Version, Commit
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return orDefault(version, "(devel)"), orDefault(commit, "unknown")
	}
	if version == "" {
		version = info.Main.Version
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && commit == "" {
			commit = s.Value
		}
	}
	return orDefault(version, "(devel)"), orDefault(commit, "unknown")
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func newVersionCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print addlint's version, commit, and the Go and OPA versions",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			version, commit := versionInfo()
			_, err := fmt.Fprintf(e.stdout, "addlint %s\ncommit: %s\ngo: %s\nopa: %s\n",
				version, commit, runtime.Version(), opaversion.Version)
			return err
		},
	}
}
