// Command addlint lints Architecture Design Documents written in Markdown.
package main

import (
	"os"

	"github.com/addlint/addlint/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
