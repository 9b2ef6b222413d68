#!/usr/bin/env python3
"""The tantivy-py side of `cargo bench --bench scale`: index the same JSONL with 2 writer
threads and no extraction, then run the same 20 queries (all words required, exact count,
top 10 read from the store, top-10 place counts over all hits; unfiltered and filtered to
one place), 10 rounds. Prints one JSON object. Needs `pip install tantivy==0.27.0`.

  scale_peer.py CORPUS.jsonl INDEX_DIR PLACE QUERY...

With PEER_TOKENIZER=en_stem the text fields are stemmed as newsdex stems them (tantivy's
"default" tokenizer does not stem); with PEER_INDEX_ONLY=1 no query is run.
"""
import json, os, resource, shutil, statistics, sys, time

import tantivy

corpus, index_dir, place, queries = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
shutil.rmtree(index_dir, ignore_errors=True)
os.makedirs(index_dir)
builder = tantivy.SchemaBuilder()
tokenizer = os.environ.get("PEER_TOKENIZER", "default")
builder.add_text_field("title", stored=True, tokenizer_name=tokenizer)
builder.add_text_field("body", stored=True, tokenizer_name=tokenizer)
builder.add_text_field("places", stored=True, fast=True, tokenizer_name="raw")
schema = builder.build()
index = tantivy.Index(schema, path=index_dir)

started, cpu = time.time(), time.process_time()
writer = index.writer(heap_size=256_000_000, num_threads=2)
with open(corpus, encoding="utf-8") as lines:
    for line in lines:
        record = json.loads(line)
        document = tantivy.Document(title=record.get("title", ""), body=record.get("body", ""))
        for value in record.get("places") or []:
            document.add_text("places", value)
        writer.add_document(document)
writer.commit()
writer.wait_merging_threads()
index_seconds, cpu_seconds = time.time() - started, time.process_time() - cpu
index.reload()
searcher = index.searcher()


def run(text, filtered):
    query = index.parse_query(text, ["title", "body"], conjunction_by_default=True)
    if filtered:
        query = tantivy.Query.boolean_query([
            (tantivy.Occur.Must, query),
            (tantivy.Occur.Must, tantivy.Query.term_query(schema, "places", place)),
        ])
    result = searcher.search(query, 10, count=True)
    for _, address in result.hits:
        searcher.doc(address)
    searcher.aggregate(query, {"places": {"terms": {"field": "places", "size": 10}}})
    return result.count


def latency(filtered):
    per_query, pooled = [], []
    for text in queries:
        samples = []
        for _ in range(10):
            began = time.perf_counter()
            run(text, filtered)
            samples.append((time.perf_counter() - began) * 1000)
        per_query.append(statistics.median(samples))
        pooled.extend(samples)
    pooled.sort()
    return statistics.median(per_query), pooled[int(len(pooled) * 0.99) - 1]


if os.environ.get("PEER_INDEX_ONLY"):
    median = p99 = filtered_median = None
else:
    median, p99 = latency(False)
    filtered_median, _ = latency(True)
size = sum(os.path.getsize(os.path.join(root, f)) for root, _, files in os.walk(index_dir) for f in files)
print(json.dumps({
    "index_s": index_seconds,
    "cpu_percent": 100 * cpu_seconds / max(index_seconds, 1e-9),
    "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "index_bytes": size,
    "median_ms": median,
    "p99_ms": p99,
    "filtered_median_ms": filtered_median,
}))
