namespace Qyzmet.Land.Data;

/// <summary>
/// The PostGIS part of the land cadastre's schema on PostgreSQL (D-534). PostGIS is optional: where the extension is
/// installed (or available and the role may create it), a generated <c>geometry(Polygon, 4326)</c> column beside the
/// WKB with a GiST index serves the spatial lookups; without it they use the indexed bounding-box columns. The SQL is
/// idempotent: the I13Geo migration runs it, and an operator may run <see cref="EnableSql"/> again after installing
/// PostGIS on a database migrated without it.
/// </summary>
public static class LandPostGis
{
    public const string EnableSql = """
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis')
               AND EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis') THEN
                BEGIN
                    CREATE EXTENSION postgis;
                EXCEPTION WHEN insufficient_privilege THEN
                    RAISE NOTICE 'PostGIS is available but this role may not create it: land lookups use the bounding-box columns';
                END;
            END IF;
            IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis') THEN
                EXECUTE 'ALTER TABLE land_plots ADD COLUMN IF NOT EXISTS "BoundaryGeom" geometry(Polygon, 4326) '
                     || 'GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromWKB("BoundaryWkb"), 4326)) STORED';
                EXECUTE 'CREATE INDEX IF NOT EXISTS "IX_land_plots_BoundaryGeom" ON land_plots USING GIST ("BoundaryGeom")';
            END IF;
        END
        $$;
        """;

    public const string DisableSql = """
        DROP INDEX IF EXISTS "IX_land_plots_BoundaryGeom";
        ALTER TABLE land_plots DROP COLUMN IF EXISTS "BoundaryGeom";
        """;
}
