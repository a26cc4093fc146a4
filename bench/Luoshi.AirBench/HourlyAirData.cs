using System.Globalization;
using System.Text;

namespace Luoshi.AirBench;

/// <summary>
/// Writes a seeded, realistic hourly air file in the canonical layout (<c>station,time,pm25,pm10,so2,no2,co,o3</c>):
/// stations × years of hours, rows ordered by hour and then station, as a network's export interleaves them.
/// </summary>
/// <remarks>
/// The model, per station and hour: a regional day-to-day PM level (log-AR(1), high in winter, low in summer) shared
/// by all stations, a station factor and an hourly AR(1) noise of its own; PM10 a ratio above PM2.5; SO2 and CO
/// following the winter heating; NO2 with traffic peaks; O3 high on summer afternoons (some days above the 8-hour
/// limit, so O3 is the primary pollutant there). Integers in µg/m³ and CO in mg/m³ with one decimal, as the national
/// network publishes. Gaps: single NA cells (0.4%), instrument outages per pollutant (NA for hours, some long enough to
/// invalidate the day) and station outages where the rows are missing altogether.
/// </remarks>
internal sealed class HourlyAirData(int seed, int stations, DateOnly first, int days)
{
    public static readonly string Header = "station,time,pm25,pm10,so2,no2,co,o3";

    /// <summary>Writes the file and returns how many data rows it has.</summary>
    public long Write(string path)
    {
        var regional = RegionalDays();
        var sites = Enumerable.Range(0, stations).Select(s => new Site(seed, s)).ToArray();
        using var output = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        output.Write(Header);
        output.Write('\n');
        var line = new char[128];
        long rows = 0;
        for (var d = 0; d < days; d++)
        {
            var date = first.AddDays(d);
            var season = Math.Cos(2 * Math.PI * (date.DayOfYear - 15) / 365.25);
            for (var hour = 0; hour < 24; hour++)
            {
                var stamp = string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} {hour:00}:00");
                foreach (var site in sites)
                {
                    if (site.Next(regional[d], season, hour) is { } values)
                    {
                        var length = Format(line, site.Code, stamp, values);
                        output.Write(line, 0, length);
                        rows++;
                    }
                }
            }
        }

        return rows;
    }

    // The day-to-day weather all stations share: log PM2.5 and an O3 factor, both AR(1).
    private (double Pm, double O3)[] RegionalDays()
    {
        var random = new Random(seed);
        var result = new (double, double)[days];
        double pm = 0, o3 = 0;
        for (var d = 0; d < days; d++)
        {
            pm = (0.75 * pm) + (0.45 * Normal(random));
            o3 = (0.6 * o3) + (0.2 * Normal(random));
            result[d] = (pm, o3);
        }

        return result;
    }

    private static int Format(Span<char> line, string code, string stamp, Span<double> v)
    {
        var n = 0;
        code.CopyTo(line);
        n += code.Length;
        line[n++] = ',';
        stamp.CopyTo(line[n..]);
        n += stamp.Length;
        for (var i = 0; i < v.Length; i++)
        {
            line[n++] = ',';
            if (double.IsNaN(v[i]))
            {
                line[n++] = 'N';
                line[n++] = 'A';
                continue;
            }

            // CO (index 4) with one decimal, the rest whole µg/m³.
            v[i].TryFormat(line[n..], out var written, i == 4 ? "0.0" : "0", CultureInfo.InvariantCulture);
            n += written;
        }

        line[n++] = '\n';
        return n;
    }

    internal static double Normal(Random random)
    {
        // Box–Muller; one draw is enough here.
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    /// <summary>One station's own state: its factor, noise, and outages.</summary>
    private sealed class Site(int seed, int index)
    {
        private readonly Random _random = new((seed * 7919) + index + 1);
        private readonly double _factor = 0.75 + (0.5 * new Random((seed * 104729) + index).NextDouble());
        private readonly int[] _instrumentDown = new int[6];
        private readonly double[] _values = new double[6];
        private double _noise;
        private int _stationDown;

        public string Code { get; } = string.Create(CultureInfo.InvariantCulture, $"{1001 + index}A");

        /// <summary>The hour's pm25, pm10, so2, no2, co, o3 (NaN = NA), or null when the station sent no row.</summary>
        public double[]? Next((double Pm, double O3) day, double season, int hour)
        {
            var r = _random;
            _noise = (0.9 * _noise) + (0.12 * Normal(r));
            if (_stationDown > 0 || r.NextDouble() < 1.0 / 6000)
            {
                _stationDown = _stationDown > 0 ? _stationDown - 1 : r.Next(1, 37);
                return null;
            }

            var diurnalPm = 1 + (0.15 * Math.Cos(2 * Math.PI * (hour - 22) / 24));
            var pm25 = Math.Max(1, Math.Round(45 * Math.Exp((0.45 * season) + day.Pm) * _factor * diurnalPm * Math.Exp(_noise)));
            var pm10 = Math.Round((pm25 * (1.45 + (0.3 * r.NextDouble()))) + (12 * r.NextDouble()));
            var so2 = Math.Max(2, Math.Round((7 + (9 * Math.Max(season, 0))) * _factor * Math.Exp(0.3 * Normal(r))));
            var traffic = 1 + (0.3 * Math.Cos(2 * Math.PI * (hour - 8) / 12));
            var no2 = Math.Max(3, Math.Round((30 + (10 * season)) * traffic * _factor * Math.Exp(0.2 * Normal(r))));
            var co = Math.Max(0.1, Math.Round((0.45 + (0.008 * pm25)) * Math.Exp(0.15 * Normal(r)), 1));
            var sun = Math.Max(0, Math.Cos(2 * Math.PI * (hour - 15) / 24));
            var o3 = Math.Max(2, Math.Round((68 - (38 * season)) * (0.3 + (1.25 * Math.Pow(sun, 1.5))) * Math.Exp(day.O3 + (0.1 * Normal(r)))));
            _values[0] = pm25;
            _values[1] = pm10;
            _values[2] = so2;
            _values[3] = no2;
            _values[4] = co;
            _values[5] = o3;
            for (var i = 0; i < 6; i++)
            {
                if (_instrumentDown[i] > 0 || r.NextDouble() < 1.0 / 4000)
                {
                    _instrumentDown[i] = _instrumentDown[i] > 0 ? _instrumentDown[i] - 1 : 1 + (int)(-6 * Math.Log(1 - r.NextDouble()));
                    _values[i] = double.NaN;
                }
                else if (r.NextDouble() < 0.004)
                {
                    _values[i] = double.NaN;
                }
            }

            return _values;
        }
    }
}
