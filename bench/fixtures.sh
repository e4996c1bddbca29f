# Sourced by the bench scripts: builds what they need and defines `fixtures`, which runs the test-scope
# generator of documents (org.councilgraph.document.SeedsAsFormats) with the given arguments.
[ -f target/councilgraph.jar ] || mvn -B -q -o package -DskipTests
[ -f target/test-classes/org/councilgraph/document/SeedsAsFormats.class ] || mvn -B -q -o test-compile
# the dependency plugin itself may not be in the local repository yet: fetch it once if offline fails
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath >/dev/null 2>&1 \
  || mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath >/dev/null
fixtures() {
  java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" org.councilgraph.document.SeedsAsFormats "$@"
}
