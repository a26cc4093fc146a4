using Luoshi.AirBench;

// One program, one command per step, so bench/air-aqi.sh can time each side as a process of its own:
//   data OUT.csv [--stations N] [--years N] [--seed N] [--from YYYY-MM-DD]   write the generated hourly file
//   luoshi IN.csv DAYS.csv YEARS.csv                     Luoshi: CSV → station-days → yearly share of good days
//   duckdb IN.csv DAYS.csv YEARS.csv                     the same in DuckDB's SQL
//   duckdb-version                                       the DuckDB library's version, for the report
//   compare LUOSHI_DAYS DUCK_DAYS LUOSHI_YEARS DUCK_YEARS  agreement of the two
return args switch
{
    ["data", var path, .. var rest] => GeneratedFile.Run(path, rest, Console.Out),
    ["luoshi", var input, var days, var years] => LuoshiRun.Run(input, days, years, Console.Error),
    ["duckdb", var input, var days, var years] => DuckDbRun.Run(input, days, years),
    ["duckdb-version"] => DuckDbRun.PrintVersion(Console.Out),
    ["compare", var ourDays, var duckDays, var ourYears, var duckYears] => Agreement.Run(ourDays, duckDays, ourYears, duckYears, Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Luoshi.AirBench data OUT.csv [--stations N] [--years N] [--seed N] | luoshi|duckdb IN DAYS YEARS | compare LD DD LY DY");
    return 2;
}
