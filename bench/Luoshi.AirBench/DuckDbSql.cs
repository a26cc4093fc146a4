using System.Globalization;
using System.Text;

namespace Luoshi.AirBench;

/// <summary>
/// The peer: the same computation written in DuckDB's SQL, independently of Luoshi's code — read_csv, the 24-hour
/// means with the 20-hour rule, the O3 8-hour windows 0–7 … 16–23 with 6 hours each, the daily maximum from 14
/// windows (or above 160 µg/m³), the O3 1-hour maximum (any valid hour; it enters the 2012 AQI but not the day's
/// validity), the daily values rounded by GB/T 8170 (half to even; whole µg/m³, CO 0.1 mg/m³), the IAQI rounded up
/// by HJ 633-2012 Table 1 before 1 March 2026 and by HJ 633—2026 Table 3 from then (PM10 120 and PM2.5 60 at IAQI 100,
/// no O3 1-hour index, O3 8-hour above 800 counts 300, AQI at least 1, §5.3.1: "NA" — here NULL — when a value is
/// missing and the rest give 100 or less), the AQI, validity, and the yearly share.
/// </summary>
/// <remarks>
/// The IAQI is computed in whole micrograms × 10⁻⁶ with integer arithmetic, so rounding up is exact and a value on a
/// breakpoint gets exactly that breakpoint's index, as Luoshi's decimal arithmetic does. Only the 24 hourly O3 values
/// are pivoted into columns (to form the windows); the means are ordinary aggregates.
/// </remarks>
internal static class DuckDbSql
{
    private static readonly int[] Index = [0, 50, 100, 150, 200, 300, 400, 500];

    // HJ 633-2012 Table 1 and HJ 633—2026 Table 3 (docs/air-standards-2026.md), written out again here rather than
    // taken from Luoshi, so the peer checks the product. Above the last limit: 500 for a full row; the 8-hour O3 row
    // stops at 800, where 2012 gives no index and 2026 gives 300. The 2026 daily report has no O3 1-hour index.
    private static readonly (string Name, double[] Of2012, double[]? Of2026, int? Above2012, int Above2026)[] Rows =
    [
        ("so2", [0, 50, 150, 475, 800, 1600, 2100, 2620], [0, 50, 150, 475, 800, 1600, 2100, 2620], 500, 500),
        ("no2", [0, 40, 80, 180, 280, 565, 750, 940], [0, 40, 80, 180, 280, 565, 750, 940], 500, 500),
        ("pm10", [0, 50, 150, 250, 350, 420, 500, 600], [0, 50, 120, 250, 350, 420, 500, 600], 500, 500),
        ("co", [0, 2, 4, 14, 24, 36, 48, 60], [0, 2, 4, 14, 24, 36, 48, 60], 500, 500),
        ("o3_1h", [0, 160, 200, 300, 400, 800, 1000, 1200], null, 500, 0),
        ("o3_8h", [0, 100, 160, 215, 265, 800], [0, 100, 160, 215, 265, 800], null, 300),
        ("pm25", [0, 35, 75, 115, 150, 250, 350, 500], [0, 35, 60, 115, 150, 250, 350, 500], 500, 500),
    ];

    private const string Of2026 = "d >= DATE '2026-03-01'";

    // The six daily report items HJ 633—2026 §5.3.1 checks for a missing value.
    private const string AllSix = "so2_ok AND no2_ok AND pm10_ok AND co_ok AND pm25_ok AND o3_8h_ok";

    private static readonly string[] Means = ["so2", "no2", "pm10", "co", "pm25"];

    /// <summary>Creates table <c>days</c>: one row per station-day of the file.</summary>
    /// <remarks>
    /// The time column is left to DuckDB's own ISO timestamp parser, which took 2.1 s where an explicit
    /// <c>timestampformat</c> took 2.6 s; reading it as text and cutting date and hour out took 3.1 s. The O3 hours
    /// are pivoted with <c>any_value … FILTER</c> (one row per hour), which cost about nothing over the plain means,
    /// where <c>max</c> cost a second; <c>preserve_insertion_order = false</c> changed nothing.
    /// </remarks>
    public static string Days(string csvPath)
    {
        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"""
            CREATE TEMP TABLE days AS
            WITH h AS (
              SELECT station, CAST(time AS DATE) AS d, hour(time) AS hr, so2, no2, pm10, co, o3, pm25
              FROM read_csv('{csvPath.Replace("'", "''", StringComparison.Ordinal)}', header = true, delim = ',',
                nullstr = ['NA', ''],
                columns = {"{"}'station': 'VARCHAR', 'time': 'TIMESTAMP', 'pm25': 'DOUBLE', 'pm10': 'DOUBLE',
                           'so2': 'DOUBLE', 'no2': 'DOUBLE', 'co': 'DOUBLE', 'o3': 'DOUBLE'{"}"})
            ),
            agg AS (
              SELECT station, d,

            """);
        foreach (var p in Means)
        {
            sql.Append(CultureInfo.InvariantCulture, $"    avg({p}) AS {p}_m, count({p}) AS {p}_n,\n");
        }

        sql.Append("    max(o3) AS o3_1h_m, count(o3) AS o3_1h_n");
        for (var hr = 0; hr < 24; hr++)
        {
            sql.Append(CultureInfo.InvariantCulture, $",\n    any_value(o3) FILTER (WHERE hr = {hr}) AS o{hr}");
        }

        sql.Append("\n  FROM h GROUP BY station, d\n),\nwin AS (\n  SELECT *");
        for (var s = 0; s <= 16; s++)
        {
            var n = string.Join(" + ", Enumerable.Range(s, 8).Select(h => $"(o{h} IS NOT NULL)::INT"));
            var sum = string.Join(" + ", Enumerable.Range(s, 8).Select(h => $"coalesce(o{h}, 0)"));
            sql.Append(CultureInfo.InvariantCulture, $",\n    CASE WHEN {n} >= 6 THEN ({sum}) / ({n}) END AS w{s}");
        }

        var windows = string.Join(", ", Enumerable.Range(0, 17).Select(s => $"w{s}"));
        sql.Append(CultureInfo.InvariantCulture, $"""

              FROM agg
            ),
            daily AS (
              SELECT station, d, so2_n, no2_n, pm10_n, co_n, pm25_n, o3_1h_m, o3_1h_n,
                {HalfEven("so2_m", 0)} AS so2_m, {HalfEven("no2_m", 0)} AS no2_m, {HalfEven("pm10_m", 0)} AS pm10_m,
                {HalfEven("co_m", 1)} AS co_m, {HalfEven("pm25_m", 0)} AS pm25_m,
                {HalfEven($"list_max([{windows}])", 0)} AS o3_8h_m,
                {string.Join(" + ", Enumerable.Range(0, 17).Select(s => $"(w{s} IS NOT NULL)::INT"))} AS o3_8h_n
              FROM win
            ),
            judged AS (
              SELECT *,
                so2_n >= 20 AS so2_ok, no2_n >= 20 AS no2_ok, pm10_n >= 20 AS pm10_ok, co_n >= 20 AS co_ok,
                pm25_n >= 20 AS pm25_ok, o3_1h_n >= 1 AS o3_1h_ok,
                (o3_8h_n >= 14 OR (o3_8h_n > 0 AND o3_8h_m > 160)) AS o3_8h_ok
              FROM daily
            ),
            indexed AS (
              SELECT station, d, {AllSix} AS valid,

            """);
        sql.Append(string.Join(",\n", Rows.Select(r => $"    CASE WHEN {r.Name}_ok THEN {IndexOf(r)} END AS {r.Name}")));
        var names = string.Join(", ", Rows.Select(r => r.Name));
        sql.Append(CultureInfo.InvariantCulture, $"""

              FROM judged
            ),
            combined AS (
              SELECT *, list_max([{names}]) AS top FROM indexed
            )
            SELECT station, d, valid,
              CASE WHEN NOT ({Of2026}) THEN top
                   WHEN top IS NULL THEN NULL
                   WHEN NOT valid AND greatest(top, 1) <= 100 THEN NULL
                   ELSE greatest(top, 1) END AS aqi,
              {names}
            FROM combined
            """);
        return sql.ToString();
    }

    /// <summary>Writes the station-days as <see cref="DayLine"/> does.</summary>
    public static string CopyDays(string path) => $"""
        COPY (SELECT station, strftime(d, '%Y-%m-%d') AS date, valid::INT AS valid, aqi,
                     so2, no2, pm10, co, o3_1h, o3_8h, pm25 FROM days)
        TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (HEADER, DELIMITER ',')
        """;

    /// <summary>Writes the share of good days per station and year.</summary>
    public static string CopyYears(string path) => $"""
        COPY (SELECT station, year(d) AS year, count(*) AS days, count(*) FILTER (WHERE valid) AS valid,
                     count(*) FILTER (WHERE valid AND aqi <= 100) AS good,
                     round(count(*) FILTER (WHERE valid AND aqi <= 100) / count(*) FILTER (WHERE valid), 6) AS share
              FROM days GROUP BY station, year(d) ORDER BY station, year)
        TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (HEADER, DELIMITER ',')
        """;

    // GB/T 8170 rounding (half to even) at 0 or 1 decimals, worked on micro-units so that a mean double arithmetic
    // leaves a hair off a half (0.85 as 0.8499999…) rounds as written.
    private static string HalfEven(string value, int decimals)
    {
        var m = $"CAST(round(({value}) * 1000000) AS BIGINT)";
        var unit = decimals == 0 ? 1_000_000 : 100_000;
        var scale = decimals == 0 ? "1" : "10.0";
        return $"((({m}) // {unit} + CASE WHEN ({m}) % {unit} > {unit / 2} OR (({m}) % {unit} = {unit / 2} AND (({m}) // {unit}) % 2 = 1) THEN 1 ELSE 0 END) / {scale})";
    }

    // A row's index by the version in force on the day.
    private static string IndexOf((string Name, double[] Of2012, double[]? Of2026, int? Above2012, int Above2026) row)
    {
        var of2012 = IaqiCase($"{row.Name}_m", row.Of2012, row.Above2012);
        var of2026 = row.Of2026 is null ? "NULL" : IaqiCase($"{row.Name}_m", row.Of2026, row.Above2026);
        return $"CASE WHEN {Of2026} THEN {of2026} ELSE {of2012} END";
    }

    // A table row as a CASE over micro-units: IAQI_lo + ceil(ΔI × (c − BP_lo) / ΔBP) in integers.
    private static string IaqiCase(string value, double[] limits, int? above)
    {
        var c = $"CAST(round({value} * 1000000) AS BIGINT)";
        var sql = new StringBuilder("CASE");
        for (var i = 1; i < limits.Length; i++)
        {
            var lo = (long)(limits[i - 1] * 1_000_000);
            var hi = (long)(limits[i] * 1_000_000);
            var di = Index[i] - Index[i - 1];
            sql.Append(CultureInfo.InvariantCulture,
                $" WHEN {c} <= {hi} THEN {Index[i - 1]} + ({di} * ({c} - {lo}) + {hi - lo - 1}) // {hi - lo}");
        }

        sql.Append(above is { } index ? string.Create(CultureInfo.InvariantCulture, $" ELSE {index} END") : " ELSE NULL END");
        return sql.ToString();
    }
}
