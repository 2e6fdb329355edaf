import ArgumentParser

/// `--near PLACE|LAT,LON` and `--radius KM`: the rows around a place, for `changes` and `events`.
struct NearOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Only rows near a place (any spelling, or a region id) or a point.", valueName: "place|lat,lon"))
    var near: String?

    @Option(help: ArgumentHelp("Radius around --near in km, above 0 and at most 500 (default 10).", valueName: "km"))
    var radius: Double?

    func validate() throws {
        if radius != nil && near == nil { throw ValidationError("--radius goes with --near") }
    }
}
