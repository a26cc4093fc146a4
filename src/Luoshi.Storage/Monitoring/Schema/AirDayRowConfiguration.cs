using Luoshi.Storage.Monitoring.Air;
using Luoshi.Storage.Monitoring.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Monitoring.Schema;

/// <summary>air_days: one row per station and day of a daily file.</summary>
internal sealed class AirDayRowConfiguration : IEntityTypeConfiguration<AirDayRow>
{
    public void Configure(EntityTypeBuilder<AirDayRow> builder)
    {
        builder.ToTable("air_days");
        builder.HasKey(r => new { r.StationId, r.Date });
        builder.HasOne<AirStation>().WithMany().HasForeignKey(r => r.StationId).OnDelete(DeleteBehavior.Restrict);
    }
}
