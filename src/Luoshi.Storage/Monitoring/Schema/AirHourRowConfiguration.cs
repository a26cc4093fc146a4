using Luoshi.Storage.Monitoring.Air;
using Luoshi.Storage.Monitoring.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Monitoring.Schema;

/// <summary>air_hours: one row per station and hour (the primary key), which is also the index the year-to-date reads
/// of a station walk in order.</summary>
internal sealed class AirHourRowConfiguration : IEntityTypeConfiguration<AirHourRow>
{
    public void Configure(EntityTypeBuilder<AirHourRow> builder)
    {
        builder.ToTable("air_hours");
        builder.HasKey(r => new { r.StationId, r.Date, r.Hour });
        builder.HasOne<AirStation>().WithMany().HasForeignKey(r => r.StationId).OnDelete(DeleteBehavior.Restrict);
    }
}
