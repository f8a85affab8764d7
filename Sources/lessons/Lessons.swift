import ArgumentParser

@main
struct Lessons: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run deep-learning lessons written in Markdown and Swift, and publish them as a static site.",
        subcommands: [RunCommand.self, BuildCommand.self, ServeCommand.self, CheckCommand.self, ReleaseCommand.self, GradeCommand.self, GradeStudentCommand.self]
    )
}
