"""The bundled demo: made-up volunteers' X archives (archives/*.zip, written by
build_archives.py), a made-up coordinator, and `job.run_demo()`, which runs the
scheduled job on them (`socialaudit demo`). The older single-file bundle
(demo-bundle.jsonl, media/) stays for `socialaudit audit` examples."""
