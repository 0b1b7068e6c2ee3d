package cli_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/cli"
)

// TestREADMEExampleOutputIsCurrent runs README.md's first command and checks
// that the output the README shows is what it prints today.
func TestREADMEExampleOutputIsCurrent(t *testing.T) {
	t.Chdir("../..")
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	const command = "go run ./cmd/addlint lint examples/payments-add.md"
	if !bytes.Contains(readme, []byte(command)) {
		t.Fatalf("README.md no longer shows %q", command)
	}
	var stdout, stderr bytes.Buffer
	code := cli.Main([]string{"lint", "--no-config", "--no-color", "examples/payments-add.md"}, strings.NewReader(""), &stdout, &stderr)
	if code != cli.ExitFindings {
		t.Fatalf("exit code %d, want %d (stderr %q)", code, cli.ExitFindings, stderr.String())
	}
	block := "```text\n" + stdout.String() + "```\n"
	if !bytes.Contains(readme, []byte(block)) {
		t.Errorf("README.md's example output is out of date; it should show:\n%s", block)
	}
}
