package policy

import (
	"slices"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// isDenied reports whether a builtin is left out of the sandbox: every
// builtin OPA marks non-deterministic (http.send, time.now_ns, rand.intn,
// uuid.rfc4122, json.match_schema, io.jwt.decode_verify, ...), every net.*
// builtin, and a few that OPA does not mark but that read the environment,
// sign with the clock or check certificates against the current time.
func isDenied(b *ast.Builtin) bool {
	switch b.Name {
	case "opa.runtime",
		"providers.aws.sign_req",
		"crypto.x509.parse_and_verify_certificates",
		"crypto.x509.parse_and_verify_certificates_with_options":
		return true
	}
	return b.Nondeterministic || strings.HasPrefix(b.Name, "net.")
}

type sandbox struct {
	capabilities *ast.Capabilities
	removed      []string
}

var sandboxOnce = sync.OnceValue(func() sandbox {
	all := ast.CapabilitiesForThisVersion()
	kept := make([]*ast.Builtin, 0, len(all.Builtins))
	var removed []string
	for _, b := range all.Builtins {
		if isDenied(b) {
			removed = append(removed, b.Name)
			continue
		}
		kept = append(kept, b)
	}
	caps := *all
	caps.Builtins = kept
	slices.Sort(removed)
	return sandbox{capabilities: &caps, removed: slices.Compact(removed)}
})

// sandboxCapabilities returns the capabilities policies are compiled with:
// those of this OPA version minus the removed builtins. Callers must not
// modify the result.
func sandboxCapabilities() *ast.Capabilities {
	return sandboxOnce().capabilities
}

// RemovedBuiltins lists, sorted, the builtins a policy may not call: those
// that do I/O (http.send, net.*, json.match_schema with remote references),
// read the environment (opa.runtime) or are not deterministic (time.now_ns,
// rand.intn, uuid.rfc4122, ...). A policy calling one fails to compile.
func RemovedBuiltins() []string {
	return slices.Clone(sandboxOnce().removed)
}

func isRemovedBuiltin(name string) bool {
	_, found := slices.BinarySearch(sandboxOnce().removed, name)
	return found
}
