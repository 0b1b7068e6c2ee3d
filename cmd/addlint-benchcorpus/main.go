// Command addlint-benchcorpus writes a corpus of generated Architecture
// Design Documents for benchmarks (see internal/benchcorpus):
//
//	addlint-benchcorpus -n 1000 -seed 1 -out /tmp/corpus
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/addlint/addlint/internal/benchcorpus"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run parses args, writes the corpus and prints a one-line summary to
// stdout. It returns the exit code: 0 on success, 2 on a usage or I/O error.
func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("addlint-benchcorpus", flag.ContinueOnError)
	flags.SetOutput(stderr)
	n := flags.Int("n", 100, "number of documents to write")
	seed := flags.Uint64("seed", 1, "seed that selects the corpus")
	out := flags.String("out", "", "directory to write the documents under (required)")
	defectEvery := flags.Int("defect-every", benchcorpus.DefaultDefectEvery, "one document in this many carries planted defects")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *out == "" || flags.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: addlint-benchcorpus -out DIR [-n N] [-seed S] [-defect-every K]")
		return 2
	}
	sum, err := benchcorpus.WriteDir(*out, benchcorpus.Options{Seed: *seed, DefectEvery: *defectEvery}, *n)
	if err != nil {
		fmt.Fprintln(stderr, "addlint-benchcorpus:", err)
		return 2
	}
	fmt.Fprintf(stdout, "wrote %d documents (%d bytes, %d with planted defects) to %s\n", sum.Files, sum.Bytes, sum.Defective, *out)
	return 0
}
