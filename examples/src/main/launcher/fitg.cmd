@echo off
rem fitg: the command-line application (the same as java -jar fitg.jar), with class data sharing (fitg.jsa, written
rem by mvn package beside fitg.jar; ignored silently when it does not fit), the C1 compiler only and no hsperfdata
rem file, for a short run.
rem FITG_JAVA selects the java executable; FITG_JAVA_OPTS adds JVM options.
setlocal
set "dir=%~dp0"
set "java=%FITG_JAVA%"
if "%java%"=="" if not "%JAVA_HOME%"=="" set "java=%JAVA_HOME%\bin\java"
if "%java%"=="" set "java=java"
set "cds=-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
if exist "%dir%fitg.jsa" set "cds=%cds% -XX:SharedArchiveFile=%dir%fitg.jsa"
"%java%" %cds% -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData %FITG_JAVA_OPTS% -jar "%dir%fitg.jar" %*
exit /b %ERRORLEVEL%
