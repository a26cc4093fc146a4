namespace Luoshi.Storage.Monitoring.Stations;

/// <summary>An air monitoring station (空气质量监测站点) as the office registers it: a code that data files name, and
/// the named sets (城区, 全市) that a target's scope can name.</summary>
public sealed class AirStation
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The code or name the data files use in their station column, unique.</summary>
    public required string Code { get; set; }

    /// <summary>The station's name as the pages show it (城中站).</summary>
    public required string Name { get; set; }

    /// <summary>The district or town it lies in; empty when not given.</summary>
    public string District { get; set; } = "";

    /// <summary>Latitude in degrees (WGS 84), when given.</summary>
    public double? Latitude { get; set; }

    /// <summary>Longitude in degrees (WGS 84), when given.</summary>
    public double? Longitude { get; set; }

    /// <summary>The named sets it belongs to (城区, 全市): a target bound to <c>air.good-day-share:城区</c> reads them.</summary>
    public List<string> Sets { get; set; } = [];
}
