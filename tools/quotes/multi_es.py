# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish articles of the multilingual quotes check set (fictional; see check_set_multi.py)."""

ARTICLES = [
    ([
        "El ferri a la isla de Brava seguirá navegando",
        "El pleno del Ayuntamiento de Puerto Llanes aprobó el martes mantener la línea de ferri con la isla de Brava durante cinco años más.",
        "«Este barco es nuestro cordón umbilical», dijo Margarita Doval, que regenta la tienda de la isla. «Sin él, cierra la escuela y se van las familias jóvenes».",
        "El alcalde, Pedro Vidal, admitió que la decisión no fue fácil. «Estudiamos todas las opciones, incluido un barco más pequeño», explicó.",
        "La naviera informó en un comunicado de que los horarios no cambiarán.",
    ], [
        ("Este barco es nuestro cordón umbilical", "Margarita Doval", "dijo"),
        ("Sin él, cierra la escuela y se van las familias jóvenes", "Margarita Doval", None),
        ("Estudiamos todas las opciones, incluido un barco más pequeño", "Pedro Vidal", "explicó"),
    ]),
    ([
        "Bajan las listas de espera en los hospitales",
        "Por primera vez en diez años, las listas de espera de los hospitales de la región han bajado, según datos publicados el lunes.",
        "La consejera de Sanidad, Raquel Amat, dijo a los periodistas: «El personal ha hecho milagros. Pero nadie debe pensar que el trabajo está hecho».",
        "El portavoz de la oposición, Daniel Fuentes, calificó las cifras de «una gota en el océano».",
        "«Mi madre esperó catorce meses para una prótesis de rodilla», contó Sonia Ramos, profesora en Teruel.",
    ], [
        ("El personal ha hecho milagros. Pero nadie debe pensar que el trabajo está hecho", "La consejera de Sanidad, Raquel Amat", "dijo a los periodistas"),
        ("una gota en el océano", "El portavoz de la oposición, Daniel Fuentes", "calificó las cifras de"),
        ("Mi madre esperó catorce meses para una prótesis de rodilla", "Sonia Ramos", "contó"),
    ]),
    ([
        "La nieve cierra el puerto de Valdelinares",
        "El puerto de Valdelinares permaneció cerrado durante la noche después de que más de cuarenta vehículos quedaran atrapados por la nieve.",
        "Según el teniente de la Guardia Civil Tomás García, los equipos de rescate llegaron al último coche poco antes del amanecer.",
        "«Todos están bien, y eso es lo que importa», aseguró a Heraldo.",
        "—Encendíamos el motor diez minutos cada hora para no congelarnos —relató el camionero Ernesto Martín—. Nunca había visto tanta nieve.",
    ], [
        ("Todos están bien, y eso es lo que importa", "Tomás García", "aseguró"),
        ("Encendíamos el motor diez minutos cada hora para no congelarnos", "el camionero Ernesto Martín", "relató"),
        ("Nunca había visto tanta nieve.", "el camionero Ernesto Martín", "relató"),
    ]),
    ([
        "La biblioteca reabre tras el incendio",
        "La biblioteca municipal de Aranda reabrirá en marzo, ocho meses después de que un incendio destruyera la sala infantil.",
        "Su directora, Elena Carretero, ha pasado el verano recaudando fondos. «La gente ha sido increíblemente generosa», afirmó. «Hemos recibido cajas de libros desde Argentina».",
        "El fuego se originó en un cuadro eléctrico, según los investigadores.",
        "Carretero promete una sala infantil más grande. «Los niños perdieron su lugar favorito. Queremos darles algo mejor».",
    ], [
        ("La gente ha sido increíblemente generosa", "Elena Carretero", "afirmó"),
        ("Hemos recibido cajas de libros desde Argentina", "Elena Carretero", None),
        ("Los niños perdieron su lugar favorito. Queremos darles algo mejor", "Carretero", None),
    ]),
    ([
        "Huelga en la embotelladora de Dueñas",
        "Unos 300 trabajadores de la planta embotelladora de Dueñas pararon el viernes en protesta por los nuevos turnos.",
        "«La dirección cambió nuestros horarios sin preguntar a ninguno de nosotros», denunció la delegada sindical Carla Núñez a las puertas de la fábrica.",
        "La empresa rechaza las críticas. Una portavoz de la compañía aseguró que «se consultó a la plantilla durante seis semanas».",
        "La planta fabrica, entre otros, el refresco «Frescor del Monte», cuyo suministro no corre peligro, según la empresa.",
        "Núñez advirtió de que la huelga continuará. «No nos vamos a ir a ninguna parte».",
    ], [
        ("La dirección cambió nuestros horarios sin preguntar a ninguno de nosotros", "la delegada sindical Carla Núñez", "denunció"),
        ("se consultó a la plantilla durante seis semanas", "Una portavoz de la compañía", "aseguró que"),
        ("No nos vamos a ir a ninguna parte", "Núñez", None),
    ]),
    ([
        "Hallan una rana rara en un parque urbano",
        "Una especie de rana que se creía extinguida en la región ha sido hallada en un estanque del parque de la Fuente.",
        "“Casi se me cae la libreta”, relató la bióloga Amara Okafor, de la Universidad de León, autora del hallazgo. “Es como encontrar un cuadro perdido en el desván”.",
        "El ayuntamiento ha prometido proteger el estanque. “Lo vamos a vallar y mantendremos alejados a los perros”, indicó un portavoz municipal.",
        "Okafor advirtió de que la población es pequeña.",
    ], [
        ("Casi se me cae la libreta", "la bióloga Amara Okafor", "relató"),
        ("Es como encontrar un cuadro perdido en el desván", "la bióloga Amara Okafor", None),
        ("Lo vamos a vallar y mantendremos alejados a los perros", "un portavoz municipal", "indicó"),
    ]),
    ([
        "El billete de autobús subirá un 10 %",
        "El precio del billete de autobús en el área metropolitana subirá un 10 % a partir de abril, anunció el jueves el consorcio de transportes.",
        "«Es un impuesto para quienes no pueden permitirse un coche», lamentó Juana Prieto, presidenta de la asociación de usuarios.",
        "El director del consorcio, Marcos Sayas, defendió la subida y señaló el aumento del combustible y de los salarios.",
        "«Hemos congelado las tarifas durante tres años. No podemos seguir haciéndolo», dijo Sayas.",
        "Se mantiene el llamado «descuento verde» para los abonos mensuales.",
    ], [
        ("Es un impuesto para quienes no pueden permitirse un coche", "Juana Prieto, presidenta de la asociación de usuarios", "lamentó"),
        ("Hemos congelado las tarifas durante tres años. No podemos seguir haciéndolo", "Sayas", "dijo"),
    ]),
    ([
        "El pueblo celebra los cien años de su vecina más longeva",
        "Edita Barrios, la vecina más longeva de Villanueva del Campo, cumplió el sábado 100 años rodeada de cuatro generaciones.",
        "¿Su secreto? «Gachas cada mañana y nunca discutir con los vecinos», dijo entre risas.",
        "Su bisnieto Óliver, de ocho años, había hecho la tarta él mismo. «Me costó tres intentos», reconoció.",
        "El párroco, Pablo Íñiguez, leyó una carta del colegio. «Ella enseñó a leer a medio pueblo», recordó.",
    ], [
        ("Gachas cada mañana y nunca discutir con los vecinos", "Edita Barrios", "dijo"),
        ("Me costó tres intentos", "Óliver", "reconoció"),
        ("Ella enseñó a leer a medio pueblo", "Pablo Íñiguez", "recordó"),
    ]),
    ([
        "Multa al club por la invasión del campo",
        "El Racing de Miranda ha sido multado con 20.000 euros después de que los aficionados invadieran el campo en el último partido de la temporada.",
        "El comité de competición considera que el club no dispuso de suficientes vigilantes. «La seguridad no es opcional», señala la resolución.",
        "El presidente del club, Gonzalo Lérida, se mostró decepcionado. «Nuestros aficionados estaban celebrando, no peleando. Vamos a recurrir», declaró a la Cadena SER.",
        "Para Amaya Olmo, secretaria de la peña principal, «unos pocos idiotas estropearon un gran día para todos».",
    ], [
        ("La seguridad no es opcional", "la resolución", "señala"),
        ("Nuestros aficionados estaban celebrando, no peleando. Vamos a recurrir", "Gonzalo Lérida", "declaró"),
        ("unos pocos idiotas estropearon un gran día para todos", "Amaya Olmo, secretaria de la peña principal", "Para"),
    ]),
    ([
        "Abre el nuevo puente con cuatro años de retraso",
        "El puente del Tarro se abrió al tráfico el domingo, cuatro años más tarde de lo previsto y con un sobrecoste de 40 millones.",
        "«Sí, ha tardado demasiado. Sí, ha costado demasiado. Pero este puente servirá a la comarca durante cien años», afirmó la ministra de Transportes, Lidia Marín.",
        "Los comerciantes celebran la apertura. Rajiv Patel, dueño de una cafetería, sufrió durante las obras.",
        "—Algunas semanas teníamos cinco clientes —contó—. Ahora espero que vuelvan.",
        "Los ingenieros han apodado la estructura «el Arpa» por sus cables.",
    ], [
        ("Sí, ha tardado demasiado. Sí, ha costado demasiado. Pero este puente servirá a la comarca durante cien años", "la ministra de Transportes, Lidia Marín", "afirmó"),
        ("Algunas semanas teníamos cinco clientes", "Rajiv Patel", "contó"),
        ("Ahora espero que vuelvan.", "Rajiv Patel", "contó"),
    ]),
    ([
        "La Policía busca testigos del atraco a una joyería",
        "Tres hombres atracaron el lunes por la tarde una joyería de la calle del Castillo.",
        "Según la inspectora Nieves Hurtado, los atracadores amenazaron a las empleadas con un martillo.",
        "«Fue una experiencia aterradora para las dos mujeres que trabajaban allí», subrayó la inspectora. «Pedimos a cualquiera que tenga imágenes de cámaras de coche que se ponga en contacto con nosotros».",
        "El dueño de la tienda, que pidió no ser identificado, dijo a La Voz que los relojes robados valían unos 80.000 euros.",
        "«Entraron y salieron en noventa segundos», contó.",
    ], [
        ("Fue una experiencia aterradora para las dos mujeres que trabajaban allí", "la inspectora", "subrayó"),
        ("Pedimos a cualquiera que tenga imágenes de cámaras de coche que se ponga en contacto con nosotros", "la inspectora", None),
        ("Entraron y salieron en noventa segundos", "El dueño de la tienda", "contó"),
    ]),
    ([
        "Una autora debutante gana el premio de novela",
        "La escritora Graciela Wanjiru ha ganado el Premio Fontana con su primera novela, «El camino de la sal».",
        "El presidente del jurado, el catedrático Alberto Riera, la definió como «un libro que se seguirá leyendo dentro de cincuenta años».",
        "Wanjiru, de 34 años, escribió la novela de noche mientras trabajaba como enfermera.",
        "«La escribí para mi abuela, que nunca aprendió a leer», dijo en su discurso de aceptación.",
    ], [
        ("un libro que se seguirá leyendo dentro de cincuenta años", "El presidente del jurado, el catedrático Alberto Riera", "la definió como"),
        ("La escribí para mi abuela, que nunca aprendió a leer", "Wanjiru", "dijo"),
    ]),
    ([
        "Los agricultores temen una mala cosecha",
        "Los agricultores de la meseta advierten de una mala cosecha tras la primavera más seca desde que hay registros.",
        "«El trigo tiene la mitad de la altura que debería», explicó Roberto Bello, que cultiva 160 hectáreas cerca de Medina.",
        "Según la organización agraria, los rendimientos podrían caer un tercio. Su presidenta, Catalina Molina, fue tajante: «Algunas familias no sobrevivirán a otro mal año. Necesitamos ayuda ya».",
        "El ministerio aseguró que está «siguiendo de cerca la situación».",
    ], [
        ("El trigo tiene la mitad de la altura que debería", "Roberto Bello", "explicó"),
        ("Algunas familias no sobrevivirán a otro mal año. Necesitamos ayuda ya", "Su presidenta, Catalina Molina", "fue tajante"),
        ("siguiendo de cerca la situación", "El ministerio", "aseguró"),
    ]),
    ([
        "Un instituto prohíbe los teléfonos móviles",
        "A partir de septiembre, los alumnos del instituto Miguel Hernández tendrán que guardar bajo llave sus teléfonos durante la jornada.",
        "El director, Simón Clavero, explicó que la decisión llega tras un año de consultas con las familias.",
        "—Los recreos se habían vuelto silenciosos. Todos miraban una pantalla —dijo.",
        "No todos los alumnos están de acuerdo. «¿Y si hay una emergencia?», preguntó Maya López, de 15 años.",
    ], [
        ("Los recreos se habían vuelto silenciosos. Todos miraban una pantalla", "Simón Clavero", "dijo"),
        ("¿Y si hay una emergencia?", "Maya López, de 15 años", "preguntó"),
    ]),
    ([
        "El museo devuelve unas tallas a una comunidad isleña",
        "El Museo de Cádiz ha devuelto doce tallas de madera a la comunidad de la isla de Tala, más de un siglo después de que salieran de allí.",
        "«Estas tallas son nuestros antepasados. Hoy vuelven a casa», dijo Sione Vaka, anciano de la comunidad, durante la ceremonia.",
        "La directora del museo, Clara Aldana, afirmó que era «lo correcto, y llega con mucho retraso».",
        "Vaka agradeció el trabajo del personal del museo. «Nuestros hijos las verán todos los días», añadió.",
    ], [
        ("Estas tallas son nuestros antepasados. Hoy vuelven a casa", "Sione Vaka, anciano de la comunidad", "dijo"),
        ("lo correcto, y llega con mucho retraso", "La directora del museo, Clara Aldana", "afirmó"),
        ("Nuestros hijos las verán todos los días", "Vaka", "añadió"),
    ]),
]
