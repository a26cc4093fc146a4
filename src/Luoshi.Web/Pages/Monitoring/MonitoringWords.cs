using System.Globalization;
using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Daily;
using Luoshi.Indicators.Water;
using Luoshi.Storage.Monitoring.Views;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Monitoring;

/// <summary>How the monitoring pages name days, pollutants and classes, and colour them: HJ 633-2012 Annex A colours for
/// AQI categories; for water classes the blue-to-red scale Chinese water-quality maps use (GB 3838 sets no colours).</summary>
public static class MonitoringWords
{
    /// <summary>A pollutant as written in reports.</summary>
    public static string Pollutant(Pollutant pollutant) => pollutant switch
    {
        Indicators.Air.Pollutant.So2 => "SO₂",
        Indicators.Air.Pollutant.No2 => "NO₂",
        Indicators.Air.Pollutant.Pm10 => "PM10",
        Indicators.Air.Pollutant.Co => "CO",
        Indicators.Air.Pollutant.O3 => "O₃",
        _ => "PM2.5",
    };

    /// <summary>The daily values that failed, named.</summary>
    public static string Failed(DayInvalidity invalidity)
    {
        var names = new List<string>();
        void Add(DayInvalidity bit, string name)
        {
            if ((invalidity & bit) != 0)
            {
                names.Add(name);
            }
        }

        Add(DayInvalidity.So2, "SO₂");
        Add(DayInvalidity.No2, "NO₂");
        Add(DayInvalidity.Pm10, "PM10");
        Add(DayInvalidity.Co, "CO");
        Add(DayInvalidity.O3EightHour, T("O₃日最大8小时", "O₃ 8-h max"));
        Add(DayInvalidity.Pm25, "PM2.5");
        return string.Join(T("、", ", "), names);
    }

    /// <summary>The hover text of a calendar cell: the day, and its AQI and category or why it has none.</summary>
    public static string DayTitle(AirCalendarDay day)
    {
        var date = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (day.NoData)
        {
            return date + T("：无数据（无效天）", ": no data (invalid day)");
        }

        if (day.Status == DayStatus.Invalid)
        {
            var gb3095 = AirStandards.InForceOn(day.Date) == AirStandard.Hj633Of2012 ? "GB 3095-2012" : "GB 3095-2026";
            return date + T($"：无效天，{Failed(day.Invalidity)}有效数据不足（{gb3095} 表4）", $": invalid day ({DayInvalidities.Describe(day.Invalidity)})")
                + Published(day);
        }

        var category = AqiCategories.Of(day.Aqi!.Value);
        var primary = day.Primary.ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{date}: AQI {day.Aqi} {category.Name}")
            + (primary.Count == 0 ? "" : T("，首要污染物 ", ", primary pollutant ") + string.Join("、", primary.Select(Pollutant)));
    }

    // HJ 633—2026 §5.3.1: an incomplete day's AQI is published above 100, "NA" otherwise (HJ 633-2012 has no such rule,
    // and an invalid day's AQI is not shown).
    private static string Published(AirCalendarDay day)
    {
        if (AirStandards.InForceOn(day.Date) != AirStandard.Hj633Of2026)
        {
            return "";
        }

        var aqi = day.Aqi?.ToString(CultureInfo.InvariantCulture) ?? AqiPublication.NotAvailableText;
        return T($"；AQI {aqi}（HJ 633-2026 第5.3.1条：缺项时AQI大于100方发布）", $"; AQI {aqi} (HJ 633-2026 §5.3.1: with a value missing the AQI is published only above 100)");
    }

    /// <summary>The cell's inline colours: the category colour of a valid day, grey otherwise.</summary>
    public static string DayStyle(AirCalendarDay day)
    {
        if (day.Status != DayStatus.Valid || day.Aqi is not { } aqi)
        {
            return day.NoData ? "background:#eceff3;color:#7a8594" : "background:#b8bec7;color:#1d2430";
        }

        var category = AqiCategories.Of(aqi);
        var ink = category.Level >= AqiLevel.Four ? "#fff" : "#1d2430";
        return $"background:{category.HexColour};color:{ink}";
    }

    /// <summary>A water class as written (Ⅲ类); empty for none.</summary>
    public static string Class(WaterClass? waterClass) => waterClass is { } c ? WaterClasses.Name(c) + T("类", "") : "";

    /// <summary>The inline colours of a water class cell.</summary>
    public static string ClassStyle(WaterClass? waterClass) => waterClass switch
    {
        WaterClass.I => "background:#9fe3ff",
        WaterClass.II => "background:#4db8ff",
        WaterClass.III => "background:#5ccf7a",
        WaterClass.IV => "background:#ffef5c",
        WaterClass.V => "background:#ffad33",
        WaterClass.WorseThanV => "background:#e53935;color:#fff",
        _ => "background:#eceff3;color:#7a8594",
    };

    /// <summary>The hover text of a section's cell: class, deciding items and exceedances, samples.</summary>
    public static string SectionTitle(SectionEvaluation? evaluation)
    {
        if (evaluation is null)
        {
            return "";
        }

        if (evaluation.Class is not { } c)
        {
            return T("无样品，未评价", "no sample, not evaluated");
        }

        var text = T($"{Class(c.Class)}，定类项目 ", $"class {Class(c.Class)}, decided by ")
            + string.Join("、", c.Deciding.Select(i => SurfaceWaterTable.Of(i).Name))
            + T($"；样品 {evaluation.SampleCount} 个", $"; {evaluation.SampleCount} sample(s)");
        if (evaluation.Exceeding.Count > 0)
        {
            text += T("；超标：", "; exceeding: ") + string.Join("、", evaluation.Exceeding.Select(e =>
                SurfaceWaterTable.Of(e.Item).Name + (e.Multiple is { } m ? string.Create(CultureInfo.InvariantCulture, $" {m:0.##}{T("倍", "×")}") : "")));
        }

        return text;
    }

    /// <summary>A share in percent with one decimal; a dash for none.</summary>
    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";
}
