"""The scheduled run as Celery tasks (the `workers` extra): `socialaudit run --dispatch`
publishes, `socialaudit worker` takes the tasks.

    dispatch ─► crawl (one per due account: batches stored with their cursors)
                  ├─► audit chunks (text rules)  ─┐
                  └─► photo chunks (pixel rules) ─┴─► account rules ─► … ─► mail (once per run)

`celeryapp` configures Celery; `tasks` are thin wrappers; the steps (`crawlstep`,
`auditstep`, `mailstep`, `dispatch`) hold the logic and take a `context.WorkerContext`,
so they run the same without a broker (tests, benches). What makes redelivery safe is in
socialaudit.storage.workqueue."""
