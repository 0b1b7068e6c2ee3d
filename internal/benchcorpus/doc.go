// Package benchcorpus generates realistic Architecture Design Documents for
// benchmarks: documents of 15–30 KB in the shape of the ADD template, with
// varied prose, tables, lists and code blocks, and planted defects in about
// one document in ten. The output depends only on the seed and the
// document's index, so a corpus of 100 documents is the first 100 documents
// of a corpus of 10,000 with the same seed.
package benchcorpus
