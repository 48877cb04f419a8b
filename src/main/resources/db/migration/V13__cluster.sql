-- More than one node (issue 21): scheduled work runs once per cluster.

-- Who may run a scheduled job now: one row per cluster and job. A node runs the job only while it holds the lease; it
-- takes or renews it with one conditional UPDATE (the holder itself, or anyone once the lease has run out), times on
-- the database's clock so that the nodes' clocks need not agree. A node that dies loses the lease when it runs out.
CREATE TABLE job_lease (
    cluster    VARCHAR(60)  NOT NULL,
    job        VARCHAR(100) NOT NULL,
    holder     VARCHAR(80)  NOT NULL,
    expires_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (cluster, job)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
