namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>What luoshi backup and restore refuse.</summary>
    public static class Backup
    {
        /// <summary>The backup file does not exist.</summary>
        public static Words FileNotFound { get; } = new("找不到文件", "file not found");

        /// <summary>A SQLite backup offered to a PostgreSQL ledger.</summary>
        public static Words SqliteIntoPostgres { get; } = new(
            "这是 SQLite 备份：请恢复到 SQLite 账本（--db 文件）", "a SQLite backup: restore it into a SQLite ledger (--db FILE)");

        /// <summary>A pg_dump archive offered to a SQLite ledger.</summary>
        public static Words PostgresIntoSqlite { get; } = new(
            "这是 PostgreSQL 备份（pg_dump 归档）：请恢复到 PostgreSQL（--postgres）",
            "a PostgreSQL backup (pg_dump archive): restore it into PostgreSQL (--postgres)");

        /// <summary>Neither kind of backup.</summary>
        public static Words NotABackup { get; } = new(
            "不是落实系统的备份：应为 luoshi backup --db 生成的 SQLite 文件，或 luoshi backup --postgres 生成的 pg_dump 归档",
            "not a Luoshi backup: expected a SQLite file from luoshi backup --db or a pg_dump archive from luoshi backup --postgres");

        /// <summary>A SQLite file failing its integrity check.</summary>
        public static Words Damaged(string verdict) => new($"SQLite 文件已损坏：{verdict}", $"the SQLite file is damaged: {verdict}");

        /// <summary>A SQLite database that is not a ledger.</summary>
        public static Words NotALedger { get; } = new(
            "这是 SQLite 数据库，但不是落实账本（没有审计记录）", "a SQLite database, but not a Luoshi ledger (it has no audit trail)");

        /// <summary>A backup of a newer schema than this program knows.</summary>
        public static Words NewerSchema(string migration) => new(
            $"备份由更新版本的落实系统生成（其数据库结构含 {migration}）；请先升级 luoshi 再恢复",
            $"the backup was made by a newer Luoshi (its schema has {migration}); update luoshi, then restore");

        /// <summary>Restoring over a ledger that holds rows.</summary>
        public static Words NotEmpty(string target, string filled) => new(
            $"账本 {target} 不是空的（{filled}）；恢复会替换其全部内容：请先停止服务、备份该账本，再加 --force 重新恢复",
            $"the ledger {target} is not empty ({filled}); restoring would replace all of it: stop the server, take a backup of it, and run restore again with --force");

        /// <summary>The backup's target file exists.</summary>
        public static Words TargetExists(string file) => new(
            $"{file} 已存在；备份从不覆盖文件：请换一个新文件名", $"{file} exists already; a backup never overwrites a file: choose a new name");

        /// <summary>Restored, but the schema is newer than this program's.</summary>
        public static Words RestoredNewer(string migration) => new(
            $"已恢复，但备份由更新版本的落实系统生成（其数据库结构含 {migration}）：使用账本前请先升级 luoshi",
            $"restored, but the backup was made by a newer Luoshi (its schema has {migration}): update luoshi before using the ledger");

        /// <summary>pg_dump failed.</summary>
        public static Words DumpFailed(string error) => new($"pg_dump 失败：{error}", $"pg_dump failed: {error}");

        /// <summary>A file pg_restore cannot list.</summary>
        public static Words NotArchive(string damage) => new($"不是可读的 pg_dump 归档：{damage}", $"not a readable pg_dump archive: {damage}");

        /// <summary>pg_restore failed after the tables were dropped.</summary>
        public static Words RestoreFailed(string error) => new(
            $"pg_restore 失败并已回滚；恢复前账本的表已被删除，请立即恢复一份完好的备份：{error}",
            $"pg_restore failed and rolled back; the ledger's tables were dropped before it, so restore a good backup now: {error}");

        /// <summary>No SQLite ledger to back up.</summary>
        public static Words NoLedgerAt(string file) => new($"{file} 处没有账本", $"there is no ledger at {file}");
    }
}
