// unsupported: select statements are
package main

func main() {
	select {}
}
