using DuckDB.NET.Data;

namespace Luoshi.AirBench;

/// <summary>DuckDB's side, end to end: an in-memory database, the SQL of <see cref="DuckDbSql"/>, both files written by COPY.</summary>
internal static class DuckDbRun
{
    public static int Run(string input, string daysPath, string yearsPath)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, DuckDbSql.Days(Path.GetFullPath(input)));
        Execute(connection, DuckDbSql.CopyDays(Path.GetFullPath(daysPath)));
        Execute(connection, DuckDbSql.CopyYears(Path.GetFullPath(yearsPath)));
        return 0;
    }

    public static int PrintVersion(TextWriter output)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        output.WriteLine(command.ExecuteScalar());
        return 0;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
